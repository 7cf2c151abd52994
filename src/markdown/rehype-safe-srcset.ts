import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Schemes a `srcset` candidate may use, as the sanitiser allows for `src`. */
const SAFE_SCHEMES = new Set(['http', 'https']);

/**
 * Removes a `srcset` holding any candidate whose URL has another scheme (`javascript:`,
 * `data:`…), and a `<source>` left without one. The sanitiser judges an attribute by its first
 * colon only, so it would pass `https://a.jpg 1x, javascript:x 2x`; here every candidate is judged.
 */
export function rehypeSafeSrcset() {
	return (tree: Root): void => {
		visit(tree, 'element', (node: Element, index, parent) => {
			const srcset = node.properties.srcSet;
			if (srcset === undefined) return undefined;
			const candidates = (Array.isArray(srcset) ? srcset.map(String) : srcset.split(',')).map(
				(c) => c.trim().split(/\s+/u)[0] ?? '',
			);
			if (candidates.every(isSafeCandidate)) return undefined;
			delete node.properties.srcSet;
			if (node.tagName !== 'source' || !parent || index === undefined) return undefined;
			parent.children.splice(index, 1);
			return index;
		});
	};
}

/** True for a relative URL or one with an allowed scheme. */
function isSafeCandidate(url: string): boolean {
	// eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme.
	const compact = url.replace(/[\u0000-\u0020]/gu, '');
	const scheme = /^([^:/?#]*):/u.exec(compact)?.[1];
	return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}
