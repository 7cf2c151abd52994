import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { readSrcset, srcsetText } from './srcset.ts';

/** Schemes a `srcset` candidate may use, as the sanitiser allows for `src`. */
const SAFE_SCHEMES = new Set(['http', 'https']);

/**
 * Removes a `srcset` holding any candidate whose URL has another scheme (`javascript:`,
 * `data:`…), or one that is not a valid srcset, and a `<source>` left without one. The sanitiser
 * judges an attribute by its first colon only, so it would pass `https://a.jpg 1x, javascript:x 2x`;
 * here every candidate is judged, read as browsers read a srcset (`readSrcset`), so neither a comma
 * inside a URL nor a line break after one hides anything; a srcset that cannot be read for certain
 * cannot be judged, so it goes.
 */
export function rehypeSafeSrcset() {
	return (tree: Root): void => {
		visit(tree, 'element', (node: Element, index, parent) => {
			const srcset = srcsetText(node.properties.srcSet);
			if (srcset === undefined || readSrcset(srcset)?.every(({ url }) => isSafeCandidate(url))) return undefined;
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
