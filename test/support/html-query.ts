/** Small queries over a parse5 document, for tests that read built pages as a browser parses them. */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

/** The parsed document. */
export function parseHtml(html: string): HtmlNode {
	return parse(html);
}

/** Every element under `node` (document order) for which `match` holds; a string matches the tag name. */
export function findAll(node: HtmlNode, match: string | ((element: HtmlElement) => boolean)): HtmlElement[] {
	const test = typeof match === 'string' ? (element: HtmlElement) => element.tagName === match : match;
	const out: HtmlElement[] = [];
	const visit = (current: HtmlNode): void => {
		if ('tagName' in current && test(current)) out.push(current);
		if ('childNodes' in current) for (const child of current.childNodes) visit(child);
		if ('content' in current && current.content) visit(current.content);
	};
	visit(node);
	return out;
}

/** The text content of a node, as `textContent` gives it. */
export function textOf(node: HtmlNode): string {
	if (node.nodeName === '#text' && 'value' in node) return node.value;
	return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** An attribute's value, if present. */
export function attr(element: HtmlElement, name: string): string | undefined {
	return element.attrs.find((a) => a.name === name)?.value;
}

/** True when the element has this class. */
export function hasClass(element: HtmlElement, name: string): boolean {
	return (attr(element, 'class') ?? '').split(/\s+/u).includes(name);
}
