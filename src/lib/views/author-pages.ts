import type { Article } from '../articles.ts';
import type { AuthorGroup } from '../bylines.ts';
import type { Profile } from '../content/site-files.ts';
import { countArticles } from '../plural.ts';
import { authorFeedScope, feedLinks, type FeedLinkView } from '../syndication/feed-data.ts';
import { articleCard, type ArticleCardView, type LinkView } from './article-view.ts';
import { archiveEntry, archivePages, type ArchivePageView } from './archive-listing.ts';
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

/** An author's own page, `/authors/<slug>/`: profile, newest articles, a jump by year into the archive, feeds. */
export interface AuthorPageView {
	/** The author's slug, the route's `author` param. */
	readonly slug: string;
	readonly name: string;
	readonly path: string;
	readonly title: string;
	/** The h1: the name. */
	readonly heading: string;
	/** `12 articles` */
	readonly countText: string;
	readonly description: string;
	readonly profile?: ProfileView;
	readonly cards: readonly ArticleCardView[];
	/** The archive page holding the article just older than the last card, if there is one. */
	readonly older?: LinkView;
	/** Each year with the author's articles, newest first, linking to the archive page with that year's newest. */
	readonly years: readonly (LinkView & { readonly countText: string })[];
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

/** The own page of every author: their profile when they have one, their newest `pageSize` articles. */
export function authorPages(
	authors: readonly AuthorGroup<Article>[],
	profiles: ReadonlyMap<string, Profile>,
	context: ViewContext,
): AuthorPageView[] {
	const { urls, pageSize, site, dates } = context;
	return authors.map((author) => {
		const profile = profiles.get(author.slug);
		const person = {
			...personJsonLd(author.name, context),
			...(profile?.role ? { jobTitle: profile.role } : {}),
			...(profile?.bio ? { description: profile.bio } : {}),
			...(profile && profile.sameAs.length > 0 ? { sameAs: [...profile.sameAs] } : {}),
		};
		const path = urls.author(author.slug);
		const group = { slug: author.slug, label: author.name, count: author.count, articles: author.articles };
		return {
			slug: author.slug,
			name: author.name,
			path,
			title: author.name,
			heading: author.name,
			countText: countArticles(author.count, dates.lang),
			description:
				(profile?.role ? `${author.name}, ${profile.role}. ` : '') +
				`The latest of ${countArticles(author.count, dates.lang)} by ${author.name}.`,
			...(profile ? { profile: profileView(profile) } : {}),
			cards: author.articles.slice(0, pageSize).map((article) => articleCard(article, context)),
			...archiveEntry(group, (n) => urls.authorArchive(author.slug, n), { pageSize, dates }),
			allAuthors: urls.authors(),
			feeds: feedLinks(authorFeedScope(urls, site, author), urls),
			jsonLd: jsonLdText(profilePageJsonLd(person, urls.absolute(path))),
		};
	});
}

/** Every archive page of every author with more articles than their own page shows, numbered from the oldest. */
export function authorArchivePages(authors: readonly AuthorGroup<Article>[], context: ViewContext): ArchivePageView[] {
	const { urls, site } = context;
	return authors.flatMap((author) =>
		archivePages(
			{ slug: author.slug, label: author.name, count: author.count, articles: author.articles },
			{
				home: urls.author(author.slug),
				page: (n) => urls.authorArchive(author.slug, n),
				feeds: feedLinks(authorFeedScope(urls, site, author), urls),
			},
			`by ${author.name}`,
			context,
		),
	);
}

function profileView(profile: Profile): ProfileView {
	return {
		...(profile.role ? { role: profile.role } : {}),
		...(profile.bio ? { bio: profile.bio } : {}),
		links: profile.sameAs.map((href) => ({ href, label: new URL(href).host })),
	};
}
