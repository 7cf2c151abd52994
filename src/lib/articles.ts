import type { ArticleEntryData } from './article-schema.ts';
import { pad2, type CalendarDay } from './dates.ts';
import { publicationStatus, type PublicationStatus } from './publishing.ts';
import { lastModified } from './revisions.ts';
import { slugFromFilePath } from './slugs.ts';
import type { Urls } from './urls.ts';

/** An article as every page, feed and sitemap sees it: built once per build by {@link toArticle}. */
export interface Article extends ArticleEntryData {
	/** The collection entry id (the file path under the content folder, without extension). */
	readonly id: string;
	/** The source file, relative to the project root, for messages. */
	readonly filePath: string;
	/** The root-relative URL of the article's page, from {@link Urls.article}. */
	readonly path: string;
	/** The newest of publication, update and corrections. */
	readonly modified: Date;
	/** Published, draft or scheduled at build time. */
	readonly status: PublicationStatus;
}

/** The slug of an article: its `slug` field, or else its file name. */
export function articleSlug(data: { readonly slug?: string | undefined }, filePath: string): string {
	return data.slug ?? slugFromFilePath(filePath);
}

/** The article of a stored entry: its URL, its last modification and its status at `now`. */
export function toArticle(
	entry: { readonly id: string; readonly filePath: string; readonly data: ArticleEntryData },
	{ urls, now }: { readonly urls: Urls; readonly now: Date },
): Article {
	return {
		...entry.data,
		id: entry.id,
		filePath: entry.filePath,
		path: urls.article(entry.data),
		modified: lastModified(entry.data),
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
