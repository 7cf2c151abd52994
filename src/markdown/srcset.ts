import { parseSrcset, stringifySrcset } from 'srcset';

/**
 * The URLs of a `srcset`, as hast holds it: a string, or the list its comma-separated reading gives
 * (which splits a URL holding a comma, such as `https://img.example/w_100,h_50/a.jpg`; joined again
 * here before it is read as a srcset). Undefined when there is none.
 */
export function srcsetUrls(value: unknown): string[] | undefined {
	const text = srcsetText(value);
	return text === undefined ? undefined : parseSrcset(text).map((candidate) => candidate.url);
}

/** The `srcset` with each candidate's URL replaced by `map(url)`, descriptors kept; undefined when there is none. */
export function mapSrcset(value: unknown, map: (url: string) => string): string | undefined {
	const text = srcsetText(value);
	if (text === undefined) return undefined;
	return stringifySrcset(parseSrcset(text).map((candidate) => ({ ...candidate, url: map(candidate.url) })));
}

function srcsetText(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(String).join(',');
	return undefined;
}
