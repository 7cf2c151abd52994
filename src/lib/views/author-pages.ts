import type { Article } from '../articles.ts';
import type { AuthorGroup } from '../bylines.ts';
import type { Profile } from '../content/site-files.ts';
import { paginate, paginationView, type PaginationView } from '../pagination.ts';
import { countArticles } from '../plural.ts';
import { authorFeedScope, feedLinks, type FeedLinkView } from '../syndication/feed-data.ts';
import { articleCard, type ArticleCardView, type LinkView } from './article-view.ts';
import { jsonLdText, personJsonLd, profilePageJsonLd } from './jsonld.ts';
import type { TagCountView } from './tag-pages.ts';
import type { ViewContext } from './view-context.ts';

/** The /authors/ page: every byline A–Z with its article count. */
export interface AuthorIndexView {
	readonly path: string;
	readonly title: string;
	readonly description: string;
	readonly authors: readonly TagCountView[];
}

/** What an author's profile says, when they have one. */
export interface ProfileView {
	readonly role?: string;
	readonly bio?: string;
	/** Their profiles elsewhere, each link labelled by its host. */
	readonly links: readonly LinkView[];
}

/** One page of an author's articles. */
export interface AuthorPageView {
	/** The author's slug, the route's `author` param. */
	readonly slug: string;
	readonly name: string;
	readonly number: number;
	readonly path: string;
	readonly title: string;
	readonly heading: string;
	readonly description: string;
	readonly profile?: ProfileView;
	readonly cards: readonly ArticleCardView[];
	readonly pagination: PaginationView;
	/** The /authors/ page, linked above the listing. */
	readonly allAuthors: string;
	readonly feeds: readonly FeedLinkView[];
	/** The `ProfilePage` JSON-LD, safe in a script element. */
	readonly jsonLd: string;
}

/** The /authors/ page of `authors` (A–Z, as {@link groupByAuthor} gives them). */
export function authorIndexView(
	authors: readonly AuthorGroup<unknown>[],
	{ urls, dates }: ViewContext,
): AuthorIndexView {
	return {
		path: urls.authors(),
		title: 'Authors',
		description: `Everyone with a byline: ${authors.length} ${authors.length === 1 ? 'author' : 'authors'}, A to Z.`,
		authors: authors.map((author) => ({
			href: urls.author(author.slug),
			label: author.name,
			count: author.count,
			countText: countArticles(author.count, dates.lang),
		})),
	};
}

/** Every page of every author: their articles newest first, their profile when they have one. */
export function authorPages(
	authors: readonly AuthorGroup<Article>[],
	profiles: ReadonlyMap<string, Profile>,
	context: ViewContext,
): AuthorPageView[] {
	const { urls, pageSize, site, dates } = context;
	return authors.flatMap((author) => {
		const profile = profiles.get(author.slug);
		const person = {
			...personJsonLd(author.name, context),
			...(profile?.role ? { jobTitle: profile.role } : {}),
			...(profile?.bio ? { description: profile.bio } : {}),
			...(profile && profile.sameAs.length > 0 ? { sameAs: [...profile.sameAs] } : {}),
		};
		const feeds = feedLinks(authorFeedScope(urls, site, author), urls);
		return paginate(author.articles, pageSize).map((page) => {
			const path = urls.author(author.slug, page.number);
			return {
				slug: author.slug,
				name: author.name,
				number: page.number,
				path,
				title: page.number === 1 ? author.name : `${author.name}, page ${page.number} of ${page.total}`,
				heading: `${author.name} (${countArticles(author.count, dates.lang)})`,
				description:
					(profile?.role ? `${author.name}, ${profile.role}. ` : '') +
					`Every article by ${author.name}, newest first.` +
					(page.total > 1 ? ` Page ${page.number} of ${page.total}.` : ''),
				...(profile ? { profile: profileView(profile) } : {}),
				cards: page.items.map((article) => articleCard(article, context)),
				pagination: paginationView(page, (n) => urls.author(author.slug, n)),
				allAuthors: urls.authors(),
				feeds,
				jsonLd: jsonLdText(profilePageJsonLd(person, urls.absolute(path))),
			};
		});
	});
}

function profileView(profile: Profile): ProfileView {
	return {
		...(profile.role ? { role: profile.role } : {}),
		...(profile.bio ? { bio: profile.bio } : {}),
		links: profile.sameAs.map((href) => ({ href, label: new URL(href).host })),
	};
}
