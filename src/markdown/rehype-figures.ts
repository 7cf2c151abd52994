import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Options for {@link rehypeFigures}. */
export interface FigureOptions {
	/** The widths, in pixels, Astro's image pipeline makes of each body picture (its `srcset`). */
	readonly widths: readonly number[];
	/** The `sizes` attribute: how wide the picture shows at each viewport width. */
	readonly sizes: string;
}

/**
 * A picture standing alone in its paragraph (`![alt](./photo.jpg "Caption")`) becomes a
 * `<figure>` with the title as its `<figcaption>`. Pictures Astro processes (files beside the
 * article) are given the widths and `sizes` Astro's pipeline turns into a `srcset`; every picture
 * alone in its paragraph loads lazily. Root-relative ones (files in public/) are served as they are.
 * Runs after the sanitiser, so the properties it adds are its own.
 */
export function rehypeFigures({ widths, sizes }: FigureOptions) {
	return (tree: Root): void => {
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName !== 'p' || index === undefined || !parent) return undefined;
			const image = loneImage(node.children);
			if (!image) return undefined;
			const src = typeof image.properties.src === 'string' ? image.properties.src : '';
			const title = typeof image.properties.title === 'string' ? image.properties.title.trim() : '';
			delete image.properties.title;
			image.properties = { ...image.properties, loading: 'lazy', decoding: 'async' };
			if (isBesideArticle(src)) {
				image.properties.sizes = sizes;
				// Read by Astro's getImage() (through rehypeImages' JSON), not an HTML attribute; hast types
				// `widths` as SVG's string attribute, so it is set by a key of type string.
				image.properties[ASTRO_WIDTHS] = [...widths];
			}
			const children: ElementContent[] = [image];
			if (title) {
				children.push({
					type: 'element',
					tagName: 'figcaption',
					properties: {},
					children: [{ type: 'text', value: title }],
				});
			}
			parent.children[index] = { type: 'element', tagName: 'figure', properties: {}, children };
			return SKIP;
		});
	};
}

// A key typed `string`, not the literal, so hast's SVG typing of `widths` does not apply (see above).
// eslint-disable-next-line @typescript-eslint/no-inferrable-types -- the annotation widens on purpose
const ASTRO_WIDTHS: string = 'widths';

/** The only image among `children` (white space aside), if that is all they are. */
function loneImage(children: readonly ElementContent[]): Element | undefined {
	const meaningful = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
	const [only] = meaningful;
	return meaningful.length === 1 && only?.type === 'element' && only.tagName === 'img' ? only : undefined;
}

/** Whether `src` is a path relative to the article: a file Astro's pipeline processes. */
function isBesideArticle(src: string): boolean {
	return src !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#)/iu.test(src);
}
