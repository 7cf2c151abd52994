import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import { SKIP, visit } from 'unist-util-visit';
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
		const stats = readingTime(bodyText(tree), { wordsPerMinute: WORDS_PER_MINUTE });
		const data: ReadingTimeData = {
			wordCount: stats.words,
			readingMinutes: Math.max(1, Math.ceil(stats.minutes)),
		};
		const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
		astro.frontmatter = { ...astro.frontmatter, ...data };
	};
}

// Blocks whose text is read; joined with spaces, since toString() alone runs "Heading" and "Text" together.
const TEXT_BLOCKS = new Set<Nodes['type']>(['paragraph', 'heading', 'tableCell', 'code']);

/** The readable text of the body, one block after another. */
function bodyText(tree: Root): string {
	const blocks: string[] = [];
	visit(tree, (node) => {
		if (!TEXT_BLOCKS.has(node.type)) return undefined;
		blocks.push(toString(node));
		return SKIP;
	});
	return blocks.join('\n');
}
