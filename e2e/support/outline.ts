/**
 * The document facts a reader, a screen reader and a search engine rely on: language, title,
 * description and the heading outline, read from built HTML with parse5. Pure.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { attribute, elements } from './html.ts';

/** What one page says about itself. */
export interface PageOutline {
	/** `<html lang>`, or undefined when missing or empty. */
	readonly lang: string | undefined;
	/** `<title>` text, whitespace collapsed. */
	readonly title: string;
	/** `<meta name="description">` content, or undefined. */
	readonly description: string | undefined;
	/** Every h1–h6 in document order (template content excluded: it is not rendered). */
	readonly headings: { level: number; text: string }[];
}

function text(node: T.ParentNode): string {
	let out = '';
	for (const child of node.childNodes) {
		if (child.nodeName === '#text' && 'value' in child) out += child.value;
		else if ('childNodes' in child && child.nodeName !== 'template') out += text(child);
	}
	return out;
}

const collapse = (value: string): string => value.replace(/\s+/gu, ' ').trim();

/** The outline of an HTML document. */
export function pageOutline(html: string): PageOutline {
	const all = [...elements(parse(html), { intoTemplates: false })];
	const root = all.find((e) => e.tagName === 'html');
	const titleElement = all.find((e) => e.tagName === 'title');
	const description = all.find((e) => e.tagName === 'meta' && attribute(e, 'name')?.toLowerCase() === 'description');
	const lang = root && attribute(root, 'lang')?.trim();
	return {
		lang: lang || undefined,
		title: titleElement ? collapse(text(titleElement)) : '',
		description: description ? collapse(attribute(description, 'content') ?? '') : undefined,
		headings: all
			.filter((e) => /^h[1-6]$/u.test(e.tagName))
			.map((e) => ({ level: Number(e.tagName.slice(1)), text: collapse(text(e)) })),
	};
}

/**
 * What html-validate's presets (.htmlvalidate.json) do not check in one page's outline: a blank
 * `lang` (`element-required-attributes` wants the attribute, not a value), no meta description, and
 * no h1 at all (`heading-level` judges only the headings there are). The rest (a missing lang or
 * title, an empty title, a second h1, skipped levels, empty headings) is theirs.
 */
export function outlineProblems(outline: PageOutline): string[] {
	const problems: string[] = [];
	if (!outline.lang) problems.push('no lang on <html>');
	if (!outline.description) problems.push('no meta description');
	if (!outline.headings.some((heading) => heading.level === 1)) problems.push('no h1');
	return problems;
}

/** Values shared by more than one page: `"value" on page, page`. */
export function duplicates(valuesByPage: ReadonlyMap<string, string | undefined>): string[] {
	const pagesByValue = new Map<string, string[]>();
	for (const [page, value] of valuesByPage) {
		if (value === undefined) continue;
		pagesByValue.set(value, [...(pagesByValue.get(value) ?? []), page]);
	}
	return [...pagesByValue]
		.filter(([, pages]) => pages.length > 1)
		.map(([value, pages]) => `"${value}" on ${pages.sort().join(', ')}`);
}
