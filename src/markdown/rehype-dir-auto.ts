import type { Element, Root, Text } from 'hast';
import { EXIT, SKIP, visit } from 'unist-util-visit';

/** Blocks whose text direction browsers should work out from their own first strong letter. */
const TEXT_BLOCKS = new Set([
	'p',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'blockquote',
	'dt',
	'dd',
	'th',
	'td',
	'caption',
	'figcaption',
	'summary',
]);

/** Letters of the scripts written right to left. */
const RTL_SCRIPTS = [
	'Arabic',
	'Hebrew',
	'Syriac',
	'Thaana',
	'Nko',
	'Samaritan',
	'Mandaic',
	'Adlam',
	'Hanifi_Rohingya',
	'Yezidi',
];
const RTL_RE = new RegExp(`[${RTL_SCRIPTS.map((script) => `\\p{Script=${script}}`).join('')}]`, 'u');

/**
 * Gives every text block `dir="auto"` in an article that holds right-to-left text, so an Arabic
 * or Hebrew paragraph reads right to left inside an English article (and an English one left to
 * right inside an Arabic article), with its punctuation at the right end. Articles written only
 * left to right are left untouched: for them the attribute would change nothing.
 */
export function rehypeDirAuto() {
	return (tree: Root): void => {
		if (!hasRightToLeftText(tree)) return;
		visit(tree, 'element', (node: Element) => {
			// Code keeps the direction it is written in.
			if (node.tagName === 'pre' || node.tagName === 'code') return SKIP;
			if (TEXT_BLOCKS.has(node.tagName) && node.properties.dir === undefined) node.properties.dir = 'auto';
			return undefined;
		});
	};
}

function hasRightToLeftText(tree: Root): boolean {
	let found = false;
	visit(tree, 'text', (node: Text) => {
		if (!RTL_RE.test(node.value)) return undefined;
		found = true;
		return EXIT;
	});
	return found;
}
