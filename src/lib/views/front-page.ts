import type { YearGroup } from '../archive.ts';
import type { Article } from '../articles.ts';
import { countArticles } from '../plural.ts';
import type { TagGroup } from '../tags.ts';
import { articleCard, headline, type ArticleCardView, type HeadlineView, type LinkView } from './article-view.ts';
import type { ViewContext } from './view-context.ts';

/** How much the front page shows of each part. */
export const FRONT_PAGE = {
	/** Stories under the lead, with their standfirsts. */
	secondary: 4,
	/** Headlines in the "Latest" list, after the lead and secondary stories. */
	latest: 15,
	/** Topic blocks. */
	topics: 6,
	/** Headlines in each topic block. */
	topicHeadlines: 4,
	/** The most recent articles whose tags decide which topics are the most active. */
	activeWindow: 200,
} as const;

/** A topic block: the topic, its count and its latest headlines not already elsewhere on the page. */
export interface TopicBlockView extends LinkView {
	readonly countText: string;
	readonly headlines: readonly HeadlineView[];
}

/** The front page: lead story, secondary stories, latest headlines, topic blocks, and the way into the archive. */
export interface FrontPageView {
	readonly path: string;
	readonly title: string;
	readonly description: string;
	/** The newest article, given the most room; absent when nothing is published. */
	readonly lead?: ArticleCardView;
	readonly secondary: readonly ArticleCardView[];
	readonly latest: readonly HeadlineView[];
	readonly topics: readonly TopicBlockView[];
	/** Every year with its count, newest first. */
	readonly years: readonly (LinkView & { readonly countText: string })[];
	readonly archive: string;
	readonly allTopics: string;
	/** `10,000 articles` */
	readonly countText: string;
}

/**
 * The topics with the most articles among the `window` newest, most active first (ties: more
 * articles overall, then the order of `groups`), as many as `limit`.
 */
export function activeTopics<T extends { readonly id: string }>(
	groups: readonly TagGroup<T>[],
	newest: readonly T[],
	window: number,
	limit: number,
): TagGroup<T>[] {
	const recent = new Set(newest.slice(0, window).map((article) => article.id));
	const activity = (group: TagGroup<T>): number => {
		// Each group's articles are newest first, so counting stops at the first one outside the window.
		let count = 0;
		for (const article of group.articles) {
			if (!recent.has(article.id)) break;
			count += 1;
		}
		return count;
	};
	return groups
		.map((group, index) => ({ group, index, recent: activity(group) }))
		.filter((entry) => entry.recent > 0)
		.sort((a, b) => b.recent - a.recent || b.group.count - a.group.count || a.index - b.index)
		.slice(0, limit)
		.map((entry) => entry.group);
}

/** The front page of `articles` (newest first), with its topic blocks drawn from `tags` and its archive from `years`. */
export function frontPageView(
	articles: readonly Article[],
	tags: readonly TagGroup<Article>[],
	years: readonly YearGroup<unknown>[],
	context: ViewContext,
): FrontPageView {
	const { urls, site, dates } = context;
	const [lead, ...rest] = articles;
	const secondary = rest.slice(0, FRONT_PAGE.secondary);
	const latest = rest.slice(FRONT_PAGE.secondary, FRONT_PAGE.secondary + FRONT_PAGE.latest);
	// A topic block repeats no headline shown higher on the page or in another block.
	const shown = new Set([lead, ...secondary, ...latest].flatMap((article) => (article ? [article.id] : [])));
	const topics = activeTopics(tags, articles, FRONT_PAGE.activeWindow, FRONT_PAGE.topics)
		.map((group) => {
			const fresh = group.articles.filter((article) => !shown.has(article.id)).slice(0, FRONT_PAGE.topicHeadlines);
			for (const article of fresh) shown.add(article.id);
			return {
				href: urls.tag(group.slug),
				label: group.label,
				countText: countArticles(group.count, dates.lang),
				headlines: fresh.map((article) => headline(article, context)),
			};
		})
		.filter((block) => block.headlines.length > 0);
	return {
		path: urls.home(),
		title: site.title,
		description: site.description,
		...(lead ? { lead: articleCard(lead, context) } : {}),
		secondary: secondary.map((article) => articleCard(article, context)),
		latest: latest.map((article) => headline(article, context)),
		topics,
		years: years.map((year) => ({
			href: urls.year(year.year),
			label: String(year.year),
			countText: countArticles(year.count, dates.lang),
		})),
		archive: urls.archive(),
		allTopics: urls.tags(),
		countText: countArticles(articles.length, dates.lang),
	};
}
