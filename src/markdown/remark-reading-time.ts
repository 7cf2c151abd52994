import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import type { VFile } from 'vfile';

/** Words read per minute for the reading-time estimate. */
const WORDS_PER_MINUTE = 230;

/** What this plugin adds to `remarkPluginFrontmatter`. */
export interface ReadingTimeData {
	/** Words in the body text. */
	readonly wordCount: number;
	/** Whole minutes to read, at least 1. */
	readonly readingMinutes: number;
}

/**
 * Counts the body's words and estimates its reading time, exposing both as `wordCount` and
 * `readingMinutes` through Astro's `remarkPluginFrontmatter`.
 */
export function remarkReadingTime() {
	return (tree: Root, file: VFile): void => {
		const stats = readingTime(toString(tree), { wordsPerMinute: WORDS_PER_MINUTE });
		const data: ReadingTimeData = {
			wordCount: stats.words,
			readingMinutes: Math.max(1, Math.ceil(stats.minutes)),
		};
		const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
		astro.frontmatter = { ...astro.frontmatter, ...data };
	};
}
