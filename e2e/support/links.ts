/**
 * Finds every URL a built file refers to: HTML (parsed with parse5, the WHATWG parser), XML feeds
 * and sitemaps, JSON feeds, CSS and robots.txt. Pure: text in, absolute URLs out.
 */
import { XMLParser } from 'fast-xml-parser';
import { urlAttributes } from 'html-url-attributes';
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { attribute, elements } from './html.ts';

/** One reference from a file to a URL. */
export interface FoundLink {
	/** The absolute URL, fragment kept. */
	readonly url: string;
	/** Where it was written, for messages: `<a href>`, `<img srcset>`, `<loc>`, `url()`. */
	readonly via: string;
	/** True for `<a href>` and `<area href>`: the links a reader can follow. */
	readonly followable: boolean;
}

/** What a page offers to links that point into it. */
export interface HtmlFacts {
	readonly links: FoundLink[];
	/** Every `id` (and `<a name>`) a fragment can point to. */
	readonly anchors: Set<string>;
}

/**
 * Attributes holding one URL (`html-url-attributes`, by HTML attribute name) and the elements they
 * do so on (null: every element); `<base href>`, read apart, sets the base rather than linking.
 */
const URL_ATTRIBUTES = Object.entries(urlAttributes).map(
	([property, elements]) => [property.toLowerCase(), elements?.filter((tag) => tag !== 'base') ?? null] as const,
);

function textOf(element: T.Element): string {
	return element.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');
}

/** The URLs of a `srcset` value, descriptors dropped (the HTML standard's candidate parsing). */
export function srcsetUrls(srcset: string): string[] {
	const urls: string[] = [];
	let rest = srcset;
	for (;;) {
		rest = rest.replace(/^[\s,]+/u, '');
		if (rest === '') return urls;
		const url = /^\S+/u.exec(rest)?.[0] ?? '';
		rest = rest.slice(url.length);
		// A URL ending in commas has no descriptors; otherwise skip them up to the next comma.
		if (url.endsWith(',')) urls.push(url.replace(/,+$/u, ''));
		else {
			urls.push(url);
			rest = rest.replace(/^[^,(]*(?:\([^)]*\)[^,(]*)*/u, '');
		}
	}
}

/** Absolute URL of `raw` against `base`, or undefined for values that are not URLs we can check. */
function resolve(raw: string, base: string): string | undefined {
	const value = raw.trim();
	if (value === '' || /^(?:mailto|tel|data|javascript|about|blob):/iu.test(value)) return undefined;
	try {
		return new URL(value, base).href;
	} catch {
		return undefined;
	}
}

function isAbsoluteHttpUrl(value: string): boolean {
	return /^https?:\/\/[^\s"<>]+$/u.test(value.trim());
}

/** Every URL in a CSS text: `url(…)` and `@import "…"`. */
export function cssLinks(css: string, cssUrl: string): FoundLink[] {
	const out: FoundLink[] = [];
	for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gu)) {
		const url = resolve(match[2] ?? match[4] ?? '', cssUrl);
		if (url) out.push({ url, via: match[2] ? 'url()' : '@import', followable: false });
	}
	return out;
}

/** Links, assets and anchors of an HTML document (or fragment) at `pageUrl`. */
export function htmlFacts(html: string, pageUrl: string, { fragment = false } = {}): HtmlFacts {
	const tree = fragment ? parseFragment(html) : parse(html);
	const all = [...elements(tree, { intoTemplates: true })];
	const baseElement = all.find((e) => e.tagName === 'base' && attribute(e, 'href') !== undefined);
	const base = (baseElement && resolve(attribute(baseElement, 'href') ?? '', pageUrl)) ?? pageUrl;
	const links: FoundLink[] = [];
	const anchors = new Set<string>();
	const add = (raw: string | undefined, via: string, followable = false): void => {
		const url = raw === undefined ? undefined : resolve(raw, base);
		if (url) links.push({ url, via, followable });
	};
	for (const element of all) {
		const tag = element.tagName;
		const id = attribute(element, 'id');
		if (id) anchors.add(id);
		if (tag === 'a' && attribute(element, 'name')) anchors.add(attribute(element, 'name') ?? '');
		for (const [name, tags] of URL_ATTRIBUTES) {
			if (tags === null || tags.includes(tag))
				add(attribute(element, name), `<${tag} ${name}>`, (tag === 'a' || tag === 'area') && name === 'href');
		}
		const srcset = attribute(element, 'srcset') ?? attribute(element, 'imagesrcset');
		if (srcset !== undefined) for (const url of srcsetUrls(srcset)) add(url, `<${tag} srcset>`);
		const content = attribute(element, 'content');
		// og:url, og:image and the like: absolute URLs that must exist too.
		if (tag === 'meta' && content !== undefined && isAbsoluteHttpUrl(content))
			add(content, `<meta ${attribute(element, 'property') ?? attribute(element, 'name') ?? 'content'}>`);
		if (tag === 'style') links.push(...cssLinks(textOf(element), base));
		const style = attribute(element, 'style');
		if (style !== undefined) links.push(...cssLinks(style, base));
		if (tag === 'script' && attribute(element, 'type') === 'application/ld+json') {
			links.push(...jsonLinks(textOf(element), base).map((l) => ({ ...l, via: `JSON-LD ${l.via}` })));
		}
	}
	return { links, anchors };
}

/** How a value's place is shown in messages: `<loc>`, `<link href>`, `"url"`. */
type Label = (key: string, parent: string) => string;

/** Absolute URLs among the string values of a parsed document, and links inside embedded HTML. */
function valueLinks(
	value: unknown,
	documentUrl: string,
	key: string,
	parent: string,
	label: Label,
	out: FoundLink[],
): void {
	if (typeof value === 'string') {
		const via = label(key, parent);
		if (isAbsoluteHttpUrl(value)) out.push({ url: new URL(value.trim()).href, via, followable: false });
		// Feed entries carry article HTML; its links must work in a feed reader too.
		else if (/<[a-z][^>]*>/iu.test(value)) {
			for (const link of htmlFacts(value, documentUrl, { fragment: true }).links)
				out.push({ ...link, via: `${via} ${link.via}` });
		}
	} else if (Array.isArray(value)) {
		for (const item of value) valueLinks(item, documentUrl, key, parent, label, out);
	} else if (value !== null && typeof value === 'object') {
		for (const [childKey, item] of Object.entries(value)) {
			// Namespace declarations name specifications, not pages.
			if (childKey.startsWith('@_xmlns')) continue;
			valueLinks(item, documentUrl, childKey, key, label, out);
		}
	}
}

const xmlLabel: Label = (key, parent) =>
	key.startsWith('@_') ? `<${parent} ${key.slice(2)}>` : key === '#text' ? `<${parent}>` : `<${key}>`;

/** Every URL in an XML document (RSS, Atom, sitemap): absolute URL values, links in embedded HTML, stylesheets. */
export function xmlLinks(xml: string, documentUrl: string): FoundLink[] {
	const out: FoundLink[] = [];
	for (const match of xml.matchAll(/<\?xml-stylesheet\s[^>]*href=(['"])([^'"]+)\1/gu)) {
		const url = resolve(match[2] ?? '', documentUrl);
		if (url) out.push({ url, via: '<?xml-stylesheet?>', followable: false });
	}
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		parseTagValue: false,
		processEntities: true,
		// fast-xml-parser 5.12 decodes numeric character references (&#38;) only with this option; its
		// replacement, a hand-built `entityDecoder`, would copy the library's own default decoder.
		// eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
		htmlEntities: true,
	});
	valueLinks(parser.parse(xml), documentUrl, '', '', xmlLabel, out);
	return out;
}

/** Every URL in a JSON document (JSON Feed, JSON-LD). */
export function jsonLinks(json: string, documentUrl: string): FoundLink[] {
	const out: FoundLink[] = [];
	valueLinks(JSON.parse(json), documentUrl, '', '', (key) => `"${key}"`, out);
	return out;
}

/** The sitemaps a robots.txt names. */
export function robotsLinks(text: string, documentUrl: string): FoundLink[] {
	const out: FoundLink[] = [];
	for (const match of text.matchAll(/^\s*sitemap:\s*(\S+)/gimu)) {
		const url = resolve(match[1] ?? '', documentUrl);
		if (url) out.push({ url, via: 'Sitemap:', followable: false });
	}
	return out;
}
