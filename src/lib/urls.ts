import type { CalendarDay } from './dates.ts';
import { pad2 } from './dates.ts';

/** Where the site lives: its origin and the base path it is served under. */
export interface UrlSettings {
	/** Production origin, e.g. `https://news.example.org` (no trailing slash). */
	readonly siteUrl: string;
	/** Base path with leading and trailing slash, e.g. `/` or `/news/`. */
	readonly basePath: string;
}

/** Normalises a base path to `/`, or `/segment/…/` with one leading and one trailing slash. */
export function normaliseBasePath(base: string): string {
	const trimmed = base.trim().replace(/^\/+|\/+$/gu, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Every URL the site builds, from one place, so the base path applies everywhere. Paths are root-relative. */
export function createUrls({ siteUrl, basePath }: UrlSettings) {
	const base = normaliseBasePath(basePath);
	const origin = siteUrl.replace(/\/+$/u, '');
	/** `path` (without leading slash) under the base path, percent-encoding each segment. */
	const under = (...segments: readonly string[]): string => {
		const path = segments.map((segment) => encodeURIComponent(segment)).join('/');
		return path === '' ? base : `${base}${path}/`;
	};
	const file = (name: string): string => `${base}${name}`;
	return {
		home: (): string => base,
		/** The one place an article's URL is made: its publication day and slug. */
		article: ({ day, slug }: { readonly day: CalendarDay; readonly slug: string }): string =>
			under(String(day.year), pad2(day.month), pad2(day.day), slug),
		year: (year: number): string => under(String(year)),
		month: (year: number, month: number): string => under(String(year), pad2(month)),
		day: (day: CalendarDay): string => under(String(day.year), pad2(day.month), pad2(day.day)),
		archive: (): string => under('archive'),
		tags: (): string => under('tags'),
		tag: (slug: string): string => under('tags', slug),
		/** A tag's archive page `n`, numbered from its oldest article. */
		tagArchive: (slug: string, n: number): string => under('tags', slug, String(n)),
		authors: (): string => under('authors'),
		author: (slug: string): string => under('authors', slug),
		/** An author's archive page `n`, numbered from their oldest article. */
		authorArchive: (slug: string, n: number): string => under('authors', slug, String(n)),
		/** A file in an author's folder, such as a feed: `/authors/ada-reporter/rss.xml`. */
		authorFile: (slug: string, name: string): string => `${under('authors', slug)}${name}`,
		stories: (): string => under('stories'),
		story: (slug: string): string => under('stories', slug),
		/** A file in a story's folder, such as a feed: `/stories/harbour-strike/rss.xml`. */
		storyFile: (slug: string, name: string): string => `${under('stories', slug)}${name}`,
		/** A site page written in Markdown (about, standards): `/about/`. */
		sitePage: (slug: string): string => under(slug),
		search: (): string => under('search'),
		corrections: (): string => under('corrections'),
		file,
		/** A file in a tag's folder, such as its feed: `/tags/ukraine/rss.xml`. */
		tagFile: (slug: string, name: string): string => `${under('tags', slug)}${name}`,
		/** The absolute URL for a root-relative path built by this module. */
		absolute: (path: string): string => `${origin}${path}`,
	};
}

/** The URL builder's type, for components that receive it. */
export type Urls = ReturnType<typeof createUrls>;
