import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeFragmentLinks}. */
export interface FragmentLinksOptions {
	/** The prefix the sanitiser puts before every `id` (its `clobberPrefix`). */
	readonly prefix: string;
}

/**
 * Points in-page links (`#fn-1`, `#background`) at the ids the sanitiser prefixed against DOM
 * clobbering (`user-content-fn-1`), as GitHub does in the browser, so footnotes and anchors
 * written in articles work without JavaScript. Links to ids that exist as written are kept.
 */
export function rehypeFragmentLinks({ prefix }: FragmentLinksOptions) {
	return (tree: Root): void => {
		const ids = new Set<string>();
		visit(tree, 'element', (node: Element) => {
			if (typeof node.properties.id === 'string') ids.add(node.properties.id);
		});
		visit(tree, 'element', (node: Element) => {
			const href = node.properties.href;
			if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
			const target = decodeFragment(href.slice(1));
			if (!ids.has(target) && ids.has(prefix + target)) node.properties.href = `#${prefix}${href.slice(1)}`;
		});
	};
}

function decodeFragment(fragment: string): string {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}
