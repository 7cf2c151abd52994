/** Small parse5 helpers shared by the link and outline checks. Pure. */
import type { DefaultTreeAdapterTypes as T } from 'parse5';

/** The value of `name` on `element`, or undefined. */
export function attribute(element: T.Element, name: string): string | undefined {
	return element.attrs.find((a) => a.name === name)?.value;
}

/**
 * Every element under `node` in document order. `<template>` content is entered only when asked:
 * links inside it still point somewhere, but it is not rendered, so it has no place in an outline.
 */
export function* elements(node: T.ParentNode, { intoTemplates }: { intoTemplates: boolean }): Generator<T.Element> {
	for (const child of node.childNodes) {
		if (!('tagName' in child)) continue;
		yield child;
		if (child.tagName !== 'template') yield* elements(child, { intoTemplates });
		else if (intoTemplates) yield* elements((child as T.Template).content, { intoTemplates });
	}
}
