import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** Bodies longer than this are parsed in pieces. */
export const CHUNKED_PARSE_THRESHOLD = 64 * 1024;

/** The smallest piece worth parsing on its own. */
const MIN_CHUNK = 16 * 1024;

type Parse = (document: string, file: unknown) => Root;

/**
 * Parses a very long body in pieces, split where a new top-level block must start, and joins
 * the pieces' trees into one before anything else runs, so references, footnotes and heading ids
 * still resolve across the whole article. micromark's container handling costs time quadratic in
 * a document's length (micromark/micromark#169): a 5 MB article with quotes and lists took
 * minutes to parse whole, and takes seconds in pieces. Shorter bodies are parsed as before.
 */
export function remarkChunkedParse(this: Processor): undefined {
	const parseWhole = this.parser as Parse | undefined;
	if (!parseWhole) return undefined;
	this.parser = (document: string, file: unknown): Root => {
		const { chunks, definitions } = splitMarkdown(document);
		if (chunks.length === 1) return parseWhole(document, file);
		const root: Root = { type: 'root', children: [] };
		let line = 0;
		let offset = 0;
		for (const chunk of chunks) {
			// A reference is only a link if its definition is known while parsing, wherever it is in
			// the article; so every piece is parsed with all definitions after it, then those are dropped.
			const tree = parseWhole(`${chunk}\n${definitions}`, file);
			tree.children = tree.children.filter((node) => (node.position?.start.offset ?? 0) < chunk.length);
			shiftPositions(tree, line, offset);
			root.children.push(...tree.children);
			line += chunk.split('\n').length - 1;
			offset += chunk.length;
		}
		root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: line + 1, column: 1, offset } };
		return root;
	};
	return undefined;
}

/** Moves every position in `tree` down by `lines` lines and `offset` characters. */
function shiftPositions(tree: Root, lines: number, offset: number): void {
	if (lines === 0 && offset === 0) return;
	visit(tree, (node: Node) => {
		for (const point of [node.position?.start, node.position?.end]) {
			if (!point) continue;
			point.line += lines;
			if (point.offset !== undefined) point.offset += offset;
		}
	});
}

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/u;
const DEFINITION_RE = /^ {0,3}\[[^\]]+\]:/u;
// HTML blocks that may hold blank lines (CommonMark types 1–5), and what ends each.
const HTML_BLOCKS: readonly [RegExp, RegExp][] = [
	[/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/iu, /<\/(?:script|pre|style|textarea)>/iu],
	[/^ {0,3}<!--/u, /-->/u],
	[/^ {0,3}<\?/u, /\?>/u],
	[/^ {0,3}<![A-Za-z]/u, />/u],
	[/^ {0,3}<!\[CDATA\[/u, /\]\]>/u],
];

/**
 * `markdown` cut into pieces of at least {@link MIN_CHUNK} characters, each piece starting with a
 * line that must begin a new top-level block: an ATX heading or a letter at the line's start,
 * after a blank line, outside fenced code and outside HTML blocks that may span blank lines.
 * (A list item, quote or table cannot continue there, so every piece parses as it would whole.)
 * Also the first lines of its link and footnote definitions, which every piece needs to know.
 * A body under {@link CHUNKED_PARSE_THRESHOLD} stays one piece.
 */
export function splitMarkdown(markdown: string): { chunks: string[]; definitions: string } {
	if (markdown.length <= CHUNKED_PARSE_THRESHOLD) return { chunks: [markdown], definitions: '' };
	const definitions: string[] = [];
	let previousDefinition = false;
	const lines = markdown.split('\n');
	const chunks: string[] = [];
	let start = 0;
	let startOffset = 0;
	let offset = 0;
	let fence: string | undefined;
	let htmlEnd: RegExp | undefined;
	let previousBlank = false;
	for (const [index, line] of lines.entries()) {
		const lineOffset = offset;
		offset += line.length + 1;
		if (fence !== undefined) {
			const close = FENCE_RE.exec(line)?.[1];
			if (close?.startsWith(fence) && line.trim() === close) fence = undefined;
			previousBlank = false;
			previousDefinition = false;
			continue;
		}
		if (htmlEnd !== undefined) {
			if (htmlEnd.test(line)) htmlEnd = undefined;
			previousBlank = false;
			previousDefinition = false;
			continue;
		}
		const isDefinition: boolean = (previousBlank || previousDefinition || index === 0) && DEFINITION_RE.test(line);
		if (isDefinition) definitions.push(line);
		previousDefinition = isDefinition;
		const startsBlock = previousBlank && /^(?:#{1,6}(?:[ \t]|$)|\p{L})/u.test(line);
		if (startsBlock && lineOffset - startOffset >= MIN_CHUNK) {
			chunks.push(lines.slice(start, index).join('\n'));
			start = index;
			startOffset = lineOffset;
		}
		const open = FENCE_RE.exec(line)?.[1];
		if (open) fence = open;
		const html = HTML_BLOCKS.find(([opens]) => opens.test(line));
		if (html && !html[1].test(line.replace(html[0], ''))) htmlEnd = html[1];
		previousBlank = line.trim() === '';
	}
	chunks.push(lines.slice(start).join('\n'));
	// Each piece but the last ends where a line break was; put it back so the pieces join to the whole.
	return {
		chunks: chunks.map((chunk, i) => (i < chunks.length - 1 ? `${chunk}\n` : chunk)),
		definitions: definitions.join('\n\n'),
	};
}
