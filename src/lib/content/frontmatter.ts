import { parseDocument, type YAMLError } from 'yaml';
import type { FieldProblem } from '../article-schema.ts';

/** A Markdown file split into its raw front-matter object and its body. */
export interface SplitArticle {
	readonly frontmatter: Record<string, unknown>;
	/** The Markdown body with line endings normalised to `\n`. */
	readonly body: string;
	/** The line of the file on which the body starts (1-based), for messages. */
	readonly bodyLine: number;
}

// Anchored at the start of the file (no `m` flag), so a file without front-matter is refused in one pass.
const FENCE_RE = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/u;

/**
 * Decodes a Markdown file's bytes and splits off its YAML front-matter. Rejects bytes that are not
 * UTF-8, empty files, files without front-matter, invalid YAML, duplicate keys and alias bombs.
 * A byte-order mark and CRLF line endings are transparent.
 */
export function splitArticle(bytes: Uint8Array): SplitArticle | { problems: FieldProblem[] } {
	let text: string;
	try {
		// ignoreBOM: false strips a leading BOM; fatal rejects malformed UTF-8 instead of inventing U+FFFD.
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return problem('(file)', 'the file is not valid UTF-8 text; save it as UTF-8');
	}
	text = text.replace(/\r\n?/gu, '\n');
	if (text.trim() === '') return problem('(file)', 'the file is empty');
	const match = FENCE_RE.exec(text);
	if (!match) {
		return problem('(front-matter)', 'the file has no front-matter: it must start with a line "---", the fields, and "---"');
	}
	const yamlText = match[1] ?? '';
	// The core schema keeps `2025-02-12` a string (our date rules read it); maxAliasCount stops alias bombs.
	const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: true, prettyErrors: false });
	if (doc.errors.length) return { problems: doc.errors.map((error) => yamlProblem(error, yamlText)) };
	let value: unknown;
	try {
		value = doc.toJS({ maxAliasCount: 50 });
	} catch (error) {
		return problem('(front-matter)', `invalid YAML: ${firstLine(error instanceof Error ? error.message : String(error))}`);
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		return problem('(front-matter)', 'the front-matter must be a set of "field: value" lines');
	}
	const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
	return { frontmatter: value as Record<string, unknown>, body: text.slice(match[0].length), bodyLine };
}

function problem(field: string, message: string): { problems: FieldProblem[] } {
	return { problems: [{ field, message }] };
}

/** A YAML error as a problem, with its line counted in the file (the opening `---` is line 1). */
function yamlProblem(error: YAMLError, yamlText: string): FieldProblem {
	const offset = error.pos[0];
	const line = yamlText.slice(0, offset).split('\n').length + 1;
	if (error.code === 'DUPLICATE_KEY') {
		const key = /^["']?([^"':\n]*)/u.exec(yamlText.slice(offset))?.[1]?.trim() ?? '';
		return { field: key || '(front-matter)', message: `invalid YAML: "${key}" is given twice (line ${line}); keep one` };
	}
	const reason = firstLine(error.message).replace(/ at line \d+, column \d+:?$/u, '');
	return { field: '(front-matter)', message: `invalid YAML near line ${line}: ${reason}` };
}

function firstLine(message: string): string {
	return message.split('\n')[0] ?? message;
}
