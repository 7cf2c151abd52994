import type { ArticleData } from './article-schema.ts';
import { calendarDay, pad2, type CalendarDay } from './dates.ts';
import { publicationStatus, type PublicationStatus } from './publishing.ts';
import { slugFromFilePath } from './slugs.ts';

/** An article as pages see it: its front-matter plus where it lives. */
export interface Article extends ArticleData {
	/** The collection entry id (the file path under the content folder, without extension). */
	readonly id: string;
	/** The source file, relative to the project root, for messages. */
	readonly filePath: string;
	/** The last URL segment. */
	readonly slug: string;
	/** The publication day in the site's time zone (the URL's date). */
	readonly day: CalendarDay;
	/** Published, draft or scheduled at build time. */
	readonly status: PublicationStatus;
}

/** The slug of an article: its `slug` field, or else its file name. */
export function articleSlug(data: Pick<ArticleData, 'slug'>, filePath: string): string {
	return data.slug ?? slugFromFilePath(filePath);
}

/** Builds the page model of an article from its entry, in `timeZone`, with its status at `now`. */
export function toArticle(
	entry: { id: string; filePath: string; data: ArticleData },
	timeZone: string,
	now: Date,
): Article {
	return {
		...entry.data,
		id: entry.id,
		filePath: entry.filePath,
		slug: articleSlug(entry.data, entry.filePath),
		day: calendarDay(entry.data.date.instant, timeZone),
		status: publicationStatus(entry.data, now),
	};
}

/** The path key that decides an article's URL: `2025/02/12/slug`. */
export function articlePathKey(day: CalendarDay, slug: string): string {
	return `${day.year}/${pad2(day.month)}/${pad2(day.day)}/${slug}`;
}

/** Groups of files that would be published at the same URL (each group has two or more). */
export function findUrlCollisions(
	items: readonly { filePath: string; day: CalendarDay; slug: string }[],
): { key: string; files: string[] }[] {
	const byKey = new Map<string, string[]>();
	for (const item of items) {
		const key = articlePathKey(item.day, item.slug);
		byKey.set(key, [...(byKey.get(key) ?? []), item.filePath]);
	}
	return [...byKey].filter(([, files]) => files.length > 1).map(([key, files]) => ({ key, files: files.sort() }));
}

/** Articles newest first; equal instants by title then id, so the order never depends on file order. */
export function newestFirst<T extends Pick<Article, 'date' | 'title' | 'id'>>(articles: readonly T[]): T[] {
	return [...articles].sort(
		(a, b) =>
			b.date.instant.getTime() - a.date.instant.getTime() ||
			a.title.localeCompare(b.title, 'en') ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
	);
}

/** The article published before the one at `index` in a newest-first list (its "previous article"), if any. */
export function previousArticle<T>(newestFirstList: readonly T[], index: number): { older?: T } {
	const older = newestFirstList[index + 1];
	return older ? { older } : {};
}
