import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeBasePath}. */
export interface BasePathOptions {
	/** The site's base path, e.g. `/news/`. */
	readonly basePath: string;
}

const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
	a: ['href'],
	img: ['src'],
	source: ['src'],
};

/**
 * Prefixes root-relative links written in article bodies (`/tags/ukraine/`) with the site's base
 * path, so they keep working when the site is served from a sub-path. Protocol-relative
 * (`//host`) and already-prefixed URLs are left alone.
 */
export function rehypeBasePath({ basePath }: BasePathOptions) {
	const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
	return (tree: Root): void => {
		if (base === '/') return;
		visit(tree, 'element', (node: Element) => {
			for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
				const value = node.properties[attribute];
				if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) continue;
				if (value.startsWith(base) || `${value}/` === base) continue;
				node.properties[attribute] = base + value.slice(1);
			}
		});
	};
}
