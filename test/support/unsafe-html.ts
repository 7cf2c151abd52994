/**
 * Finds what could run or navigate somewhere dangerous in HTML, read with a real HTML parser
 * (parse5, as browsers parse): script-capable elements, event-handler attributes and unsafe URLs
 * in any attribute that takes one. Used on article HTML fragments and on every page of a build.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements that may never come from an article (a page may allow the site's own, e.g. the search form). */
const FORBIDDEN = new Set([
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'portal',
	'base',
	'form',
	'button',
	'textarea',
	'select',
	'isindex',
	'template',
	'noscript',
	'xmp',
	'plaintext',
]);

/** Elements allowed only in `<head>`, where the site's own layout writes them. */
const HEAD_ONLY = new Set(['meta', 'link', 'style', 'title']);

/** Attributes whose value is a URL, or a list of them. */
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'srcset',
	'action',
	'formaction',
	'cite',
	'poster',
	'background',
	'data',
	'ping',
	'longdesc',
	'usemap',
	'codebase',
	'xlink:href',
	'manifest',
	'lowsrc',
	'dynsrc',
]);

/** Options for {@link findUnsafeHtml}. */
export interface ScanOptions {
	/** True for a `<script>` the site itself adds (its own bundle, search, JSON-LD), which is then checked no further. */
	readonly isOwnScript?: (script: Element) => boolean;
	/** Elements this page may hold although articles may not, e.g. `form` on the search page. */
	readonly allowedElements?: ReadonlySet<string>;
}

/** The value of an attribute, if present. */
export function attribute(element: Element, name: string): string | undefined {
	return element.attrs.find((attr) => attr.name === name)?.value;
}

/**
 * Whether a URL is unsafe: `javascript:`, `vbscript:` or a `data:` URL that is not an image,
 * however it is spelled (the parser has already decoded entities; browsers also ignore case,
 * ASCII white space and control characters inside the scheme).
 */
export function isUnsafeUrl(url: string): boolean {
	// eslint-disable-next-line no-control-regex -- browsers strip exactly these before reading a scheme.
	const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/gu, '').toLowerCase();
	if (compact.startsWith('javascript:') || compact.startsWith('vbscript:')) return true;
	return compact.startsWith('data:') && !/^data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/u.test(compact);
}

/** Every problem in a whole HTML document: `where: what` lines, empty when the page is safe. */
export function findUnsafeHtml(html: string, options: ScanOptions = {}): string[] {
	return scan(parse(html), options, []);
}

/** Every problem in an HTML fragment (e.g. an article body); head-only elements count as problems. */
export function findUnsafeHtmlFragment(html: string, options: ScanOptions = {}): string[] {
	return scan(parseFragment(html), options, ['body']);
}

function scan(root: Node, options: ScanOptions, path: readonly string[]): string[] {
	const found: string[] = [];
	const visit = (node: Node, ancestors: readonly string[]): void => {
		if ('tagName' in node) {
			const here = [...ancestors, node.tagName];
			const where = here.join('>');
			checkElement(node, where, here, options, found);
			if (node.tagName === 'script' && options.isOwnScript?.(node)) return;
			for (const child of node.childNodes) visit(child, here);
			if ('content' in node && node.content) for (const child of node.content.childNodes) visit(child, here);
			return;
		}
		if ('childNodes' in node) for (const child of node.childNodes) visit(child, ancestors);
	};
	visit(root, path);
	return found;
}

function checkElement(
	element: Element,
	where: string,
	ancestors: readonly string[],
	options: ScanOptions,
	found: string[],
): void {
	const { tagName } = element;
	if (tagName === 'script' && !options.isOwnScript?.(element)) found.push(`${where}: a script`);
	if (FORBIDDEN.has(tagName) && !options.allowedElements?.has(tagName)) found.push(`${where}: a <${tagName}> element`);
	if (HEAD_ONLY.has(tagName) && !ancestors.includes('head') && !ancestors.includes('svg'))
		found.push(`${where}: <${tagName}> outside <head>`);
	if (tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'refresh')
		found.push(`${where}: a refresh <meta>`);
	for (const { name, value } of element.attrs) {
		const lower = name.toLowerCase();
		if (lower.startsWith('on')) found.push(`${where}: event handler ${name}="${value}"`);
		if (lower === 'srcdoc') found.push(`${where}: srcdoc`);
		if (lower === 'style' && /javascript:|vbscript:|expression\s*\(|url\s*\(/iu.test(value))
			found.push(`${where}: style="${value}"`);
		const urls =
			lower === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '') : [value];
		if (URL_ATTRIBUTES.has(lower) && urls.some(isUnsafeUrl)) found.push(`${where}: ${name}="${value}"`);
		// SVG and MathML animation can set an href to a script URL after load.
		if ((lower === 'values' || lower === 'to' || lower === 'from') && isUnsafeUrl(value))
			found.push(`${where}: ${name}="${value}"`);
	}
}
