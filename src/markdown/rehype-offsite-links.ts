import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

// Stands for this site: an href is off-site when a browser would resolve it to any other host.
const HERE = new URL('https://this-site.invalid/');

/**
 * True when a browser resolves `href` to a page on another host: `https://…`, `//host`, and the
 * disguises (`/\host`, ` //host`, tabs inside) the WHATWG URL parser reads the same way.
 */
export function isOffsiteHref(href: string): boolean {
	try {
		const url = new URL(href, HERE);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== HERE.host;
	} catch {
		return false;
	}
}

/**
 * Marks every link to another host `rel="noopener noreferrer"`: the page it opens gets no handle on
 * ours and learns nowhere it came from. Decided as the browser decides, so no spelling slips past.
 */
export function rehypeOffsiteLinks() {
	return (tree: Root): void => {
		visit(tree, 'element', (node: Element) => {
			const href = node.properties.href;
			if (node.tagName === 'a' && typeof href === 'string' && isOffsiteHref(href))
				node.properties.rel = ['noopener', 'noreferrer'];
		});
	};
}
