import type { Article } from '../articles.ts';
import { labelKicker } from '../labels.ts';
import { formatCount } from '../plural.ts';
import { storyPosition, type StoryGroup } from '../stories.ts';
import { feedLinks, storyFeedScope, type FeedLinkView } from '../syndication/feed-data.ts';
import { articleCard, timeView, type ArticleCardView, type TimeView } from './article-view.ts';
import type { ViewContext } from './view-context.ts';

/** The "Part of" box on each article of a story: its articles in order and where this one stands. */
export interface StoryBoxView {
	/** "Part of: Harbour strike" */
	readonly heading: string;
	/** The story page. */
	readonly href: string;
	/** "3 of 7" */
	readonly position: string;
	readonly articles: readonly {
		readonly href: string;
		readonly title: string;
		readonly published: TimeView;
		/** The kind of article ("Opinion") when it is not plain news. */
		readonly kicker?: string;
		/** True for the article the box is on. */
		readonly current: boolean;
	}[];
}

/** One entry of a story's timeline: a card with the date and time, and whether it began the story. */
export interface TimelineEntryView {
	readonly card: ArticleCardView;
	/** True for the story's first article, marked on the timeline. */
	readonly first: boolean;
}

/** A story's page: its timeline, newest first, with the story's feeds. */
export interface StoryPageView {
	readonly slug: string;
	readonly path: string;
	readonly title: string;
	readonly heading: string;
	readonly description: string;
	readonly entries: readonly TimelineEntryView[];
	/** The /stories/ page, linked above the timeline. */
	readonly allStories: string;
	readonly feeds: readonly FeedLinkView[];
}

/** A story in the list of stories: its link, name, article count and latest activity. */
export interface StoryListItemView {
	readonly href: string;
	readonly name: string;
	readonly countText: string;
	readonly latest: TimeView;
}

/** The /stories/ page. */
export interface StoryIndexView {
	readonly path: string;
	readonly title: string;
	readonly description: string;
	readonly stories: readonly StoryListItemView[];
}

/** The box on `article`'s page for `story`, or undefined when it is not in it. */
export function storyBox(
	story: StoryGroup<Article>,
	article: Article,
	{ urls, dates }: ViewContext,
): StoryBoxView | undefined {
	const position = storyPosition(story, article);
	if (!position) return undefined;
	return {
		heading: `Part of: ${story.name}`,
		href: urls.story(story.slug),
		position: `${formatCount(position.number, dates.lang)} of ${formatCount(position.total, dates.lang)}`,
		articles: story.articles.map((other) => {
			const kicker = labelKicker(other.label);
			return {
				href: other.path,
				title: other.title,
				published: timeView(other.date, dates),
				...(kicker ? { kicker } : {}),
				current: other.id === article.id,
			};
		}),
	};
}

/** Each story's timeline page: its articles newest first, the first article marked. */
export function storyPages(stories: readonly StoryGroup<Article>[], context: ViewContext): StoryPageView[] {
	const { urls, site } = context;
	return stories.map((story) => {
		const first = story.articles[0];
		const count = story.articles.length;
		return {
			slug: story.slug,
			path: urls.story(story.slug),
			title: story.name,
			heading: story.name,
			description: `The developing story in ${formatCount(count, context.dates.lang)} ${count === 1 ? 'article' : 'articles'}, newest first.`,
			entries: [...story.articles].reverse().map((article) => ({
				// The card's date carries the time whenever the article gives one.
				card: articleCard(article, context),
				first: article === first,
			})),
			allStories: urls.stories(),
			feeds: feedLinks(storyFeedScope(urls, site, story), urls),
		};
	});
}

/** The /stories/ page: every story, latest activity first. */
export function storyIndexView(stories: readonly StoryGroup<Article>[], context: ViewContext): StoryIndexView {
	const { urls, dates } = context;
	return {
		path: urls.stories(),
		title: 'Developing stories',
		description: `${stories.length} ${stories.length === 1 ? 'story' : 'stories'} followed article by article, latest activity first.`,
		stories: stories.map((story) => {
			const newest = story.articles.at(-1);
			const count = story.articles.length;
			return {
				href: urls.story(story.slug),
				name: story.name,
				countText: `${formatCount(count, dates.lang)} ${count === 1 ? 'article' : 'articles'}`,
				latest: newest ? timeView(newest.date, dates) : { iso: '', text: '' },
			};
		}),
	};
}
