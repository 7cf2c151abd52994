import type { TagLabeller } from '../lib/tag-labels.ts';
import type { Article } from '../lib/articles.ts';
import { groupByDate, type YearGroup } from '../lib/archive.ts';
import { relatedArticles } from '../lib/related.ts';
import { groupByAuthor, type AuthorGroup } from '../lib/bylines.ts';
import { groupByStory, type StoryGroup } from '../lib/stories.ts';
import { groupByTag, tagLabeller, type TagGroup } from '../lib/tags.ts';
import { listArticles } from './article-list.ts';
import { onceForContent } from './content-version.ts';

/** The site-wide indexes every listing and article page draws on, built once per build. */
export interface SiteIndexes {
	/** Every shown article, newest first. */
	readonly articles: readonly Article[];
	/** Every tag with its articles, most used first. */
	readonly tags: readonly TagGroup<Article>[];
	/** The site-wide label of each tag, for every tag link. */
	readonly tagLabel: TagLabeller;
	/** The articles by year, month and day, newest first. */
	readonly dates: readonly YearGroup<Article>[];
	/** "More on this topic" of each article, by article id. */
	readonly related: ReadonlyMap<string, readonly Article[]>;
	/** Every byline with its articles, A–Z. */
	readonly authors: readonly AuthorGroup<Article>[];
	/** Every developing story, latest activity first. */
	readonly stories: readonly StoryGroup<Article>[];
	/** The story of each article that has one, by article id. */
	readonly storyOf: ReadonlyMap<string, StoryGroup<Article>>;
}

/** The indexes of the articles {@link listArticles} shows, computed on first use and shared by every page. */
export const siteIndexes: () => Promise<SiteIndexes> = onceForContent(build);

async function build(): Promise<SiteIndexes> {
	const articles = await listArticles();
	const tags = groupByTag(articles);
	const stories = groupByStory(articles);
	return {
		authors: groupByAuthor(articles),
		stories,
		storyOf: new Map(stories.flatMap((story) => story.articles.map((article) => [article.id, story] as const))),
		articles,
		tags,
		tagLabel: tagLabeller(tags),
		dates: groupByDate(articles),
		related: relatedArticles(articles),
	};
}
