import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/**
 * Turns the obsolete `align` attribute GFM puts on table cells into an `align-left|center|right`
 * class (styled in global.css), so column alignment survives in valid HTML and without inline
 * styles, which a strict Content-Security-Policy would block.
 */
export function rehypeTableAlign() {
	return (tree: Root): void => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'td' && node.tagName !== 'th') return;
			const align = node.properties.align;
			if (align === undefined) return;
			delete node.properties.align;
			if (typeof align !== 'string' || !ALIGNMENTS.has(align)) return;
			const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
			node.properties.className = [...classes, `align-${align}`];
		});
	};
}
