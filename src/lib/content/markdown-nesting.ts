/** How deep Markdown may nest before an article is refused: far beyond any real article. */
export const MAX_NESTING = 64;

/** Where a Markdown body nests too deeply, and what. */
export interface ExcessiveNesting {
	/** What nests: block quotes and lists, HTML elements, emphasis markers or link brackets. */
	readonly kind: 'quotes and lists' | 'HTML elements' | 'emphasis markers' | 'link brackets';
	/** The (estimated) depth reached. */
	readonly depth: number;
	/** The 1-based line where the limit was first passed. */
	readonly line: number;
}

const THEMATIC_BREAK_RE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
const CONTAINER_RE = /^(?:[ \t]*)(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/u;
const FENCE_RE = /^[ \t]{0,3}(`{3,}|~{3,})/u;
const TAG_RE = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?>/gu;
const CODE_SPAN_RE = /(`+)[^`]*?\1/gu;
const EMPHASIS_RUN_RE = /[*_~]+/gu;
const BRACKET_RE = /[[\]]/gu;
// Elements that never nest: void elements, and those whose end tag HTML lets the parser imply.
const FLAT_ELEMENTS = new Set(
	[
		...['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'],
		...['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup'],
		...['rb', 'rt', 'rp', 'rtc', 'colgroup', 'caption', 'html', 'head', 'body'],
	],
);

/**
 * The first place where a Markdown body nests deeper than `limit`, or undefined. The parsers
 * behind the site recurse once per level, so ten thousand nested quotes overflow the stack and
 * nested lists take quadratic time; this linear scan finds such a file before it is parsed.
 * It over-estimates rather than misses (text in fenced code is skipped).
 */
export function findExcessiveNesting(markdown: string, limit = MAX_NESTING): ExcessiveNesting | undefined {
	const lines = markdown.split('\n');
	let fence: string | undefined;
	let htmlDepth = 0;
	let bracketDepth = 0;
	for (const [index, line] of lines.entries()) {
		const lineNumber = index + 1;
		const { depth: containerDepth, rest } = containers(line, limit);
		const fenceMatch = FENCE_RE.exec(rest);
		if (fence !== undefined) {
			if (fenceMatch?.[1]?.startsWith(fence) && rest.trim() === fenceMatch[1]) fence = undefined;
			continue;
		}
		if (fenceMatch?.[1]) {
			fence = fenceMatch[1];
			continue;
		}
		if (containerDepth > limit) return { kind: 'quotes and lists', depth: containerDepth, line: lineNumber };
		if (rest.trim() === '') bracketDepth = 0;
		const text = rest.includes('`') ? rest.replace(CODE_SPAN_RE, '') : rest;
		for (const tag of text.matchAll(TAG_RE)) {
			const name = tag[2]?.toLowerCase() ?? '';
			if (FLAT_ELEMENTS.has(name) || tag[0].endsWith('/>')) continue;
			htmlDepth = tag[1] ? Math.max(0, htmlDepth - 1) : htmlDepth + 1;
			if (htmlDepth > limit) return { kind: 'HTML elements', depth: htmlDepth, line: lineNumber };
		}
		if (!THEMATIC_BREAK_RE.test(rest)) {
			for (const run of text.matchAll(EMPHASIS_RUN_RE)) {
				if (run[0].length > limit) return { kind: 'emphasis markers', depth: run[0].length, line: lineNumber };
			}
		}
		for (const [bracket] of text.matchAll(BRACKET_RE)) {
			bracketDepth = bracket === '[' ? bracketDepth + 1 : Math.max(0, bracketDepth - 1);
			if (bracketDepth > limit) return { kind: 'link brackets', depth: bracketDepth, line: lineNumber };
		}
	}
	return undefined;
}

/**
 * The block-quote and list markers that open a line, as an estimate of its nesting depth, and
 * the rest of the line (counting stops past `limit`). Lists also nest by indentation (at least two columns a level), so the
 * white space before the last marker counts a level per two columns.
 */
function containers(line: string, limit: number): { depth: number; rest: string } {
	let depth = 0;
	let columns = 0;
	let rest = line;
	// Stopping past the limit keeps a line of ten thousand markers linear.
	while (depth <= limit) {
		if (THEMATIC_BREAK_RE.test(rest)) break;
		const match = CONTAINER_RE.exec(rest);
		if (!match) break;
		const marker = match[0];
		const leading = marker.length - marker.trimStart().length;
		columns += [...marker.slice(0, leading)].reduce((sum, ch) => sum + (ch === '\t' ? 4 : 1), 0);
		depth += 1;
		rest = rest.slice(marker.length);
	}
	return { depth: depth + Math.floor(columns / 2), rest };
}
