import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
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
		const words = countWords(bodyText(tree));
		const data: ReadingTimeData = {
			wordCount: words,
			readingMinutes: Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)),
		};
		const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
		astro.frontmatter = { ...astro.frontmatter, ...data };
	};
}

/** The figures this plugin left in a rendering's frontmatter; undefined when either is missing or not a count. */
export function readingTimeOf(frontmatter: Readonly<Record<string, unknown>> | undefined): ReadingTimeData | undefined {
	const wordCount = frontmatter?.wordCount;
	const readingMinutes = frontmatter?.readingMinutes;
	if (typeof wordCount !== 'number' || !Number.isInteger(wordCount) || wordCount < 0) return undefined;
	if (typeof readingMinutes !== 'number' || !Number.isInteger(readingMinutes) || readingMinutes < 1) return undefined;
	return { wordCount, readingMinutes };
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

// The `reading-time` package's rule, as one regular expression: each CJK character is a word (with
// the punctuation and spaces after it), and so is each run of anything else between spaces. Same
// counts (the test checks them against the package), but 20 times faster: the package tests every
// character against lists of ranges, which measured as a seventh of the whole Markdown pipeline.
const CJK = '\\u3040-\\u309f\\u4e00-\\u9fff\\uac00-\\ud7a3';
const PUNCTUATION = '\\u0021-\\u002f\\u003a-\\u0040\\u005b-\\u0060\\u007b-\\u007e\\u3000-\\u303f\\uff00-\\uffef';
const WORD_RE = new RegExp(`[${CJK}][${PUNCTUATION} \\n\\r\\t]*|[^ \\n\\r\\t${CJK}]+`, 'gu');

/** The number of words in `text`, counted as the `reading-time` package counts them. */
export function countWords(text: string): number {
	return text.match(WORD_RE)?.length ?? 0;
}
