import type { Element, Root } from 'hast';
import Slugger from 'github-slugger';
import { visit } from 'unist-util-visit';

/**
 * Ids the page templates use (src/layouts, src/components): a heading must never take one, or the
 * page has two elements with one id (`## Main` beside the `<main id="main">` landmark).
 * test: rehype-heading-ids.test.ts checks this list against the templates.
 */
export const TEMPLATE_IDS: readonly string[] = [
	'main',
	'corrections-heading',
	'related-heading',
	'search-term',
	'story-box-heading',
	'topics-heading',
];

const HEADING_RE = /^h[1-6]$/u;

/**
 * Gives every heading without an id the id Astro would give it (github-slugger over its text),
 * except that the template's ids count as taken: `## Main` becomes `main-1`. Runs before Astro's
 * own heading-id pass, which keeps ids that are already there.
 */
export function rehypeHeadingIds({ reserved = TEMPLATE_IDS }: { reserved?: readonly string[] } = {}) {
	return (tree: Root): void => {
		const slugger = new Slugger();
		for (const id of reserved) slugger.slug(id);
		visit(tree, 'element', (node: Element) => {
			if (!HEADING_RE.test(node.tagName) || typeof node.properties['id'] === 'string') return;
			let text = '';
			visit(node, 'text', (child) => {
				text += child.value;
			});
			node.properties['id'] = slugger.slug(text);
		});
	};
}
