/**
 * The one slug rule, for tags and for article file names. Unicode-normalised (NFC) and
 * case-folded, so "Ukraine", " ukraine " and "UKRAINE" are one slug, as are composed and
 * decomposed "café". Letters and digits of any script are kept (they work in URLs once
 * percent-encoded by the browser); everything else, including `/`, `.`, `<`, quotes and
 * spaces, becomes a single hyphen, so a slug can never leave its folder.
 */
export function slugify(text: string): string {
	const slug = text
		.normalize('NFKC')
		.toLowerCase()
		.normalize('NFC')
		.replace(/['’]/gu, '')
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/gu, '');
	if (slug !== '') return slug;
	// A text of only symbols or emoji (e.g. "🚀") still needs a stable, distinct slug.
	return [...text.normalize('NFC').trim()]
		.filter((ch) => !/\s/u.test(ch))
		.map((ch) => `u${ch.codePointAt(0)?.toString(16) ?? ''}`)
		.join('-');
}

/** True when `text` would give a usable slug (it holds something other than white space). */
export function isSluggable(text: string): boolean {
	return text.trim() !== '';
}

/** The slug for an article from its file path: the file name without folders or extension. */
export function slugFromFilePath(filePath: string): string {
	const name = filePath.split(/[\\/]/u).at(-1) ?? filePath;
	return slugify(name.replace(/\.(md|markdown)$/iu, ''));
}

/**
 * The most bytes (UTF-8) a slug may take: each is a folder name on disk (at most 255 bytes on
 * common file systems) and a URL segment; 200 leaves room and still fits 100 Cyrillic letters.
 */
export const MAX_SEGMENT_BYTES = 200;

/** A message when `slug` is too long for one URL segment (`what` names its source), else undefined. */
export function urlSegmentProblem(slug: string, what: string, fix: string): string | undefined {
	const bytes = new TextEncoder().encode(slug).length;
	if (bytes <= MAX_SEGMENT_BYTES) return undefined;
	const start = [...slug].slice(0, 40).join('');
	return `${what} "${start}…", ${bytes} bytes long; a URL segment may be at most ${MAX_SEGMENT_BYTES} bytes (UTF-8): ${fix}`;
}
