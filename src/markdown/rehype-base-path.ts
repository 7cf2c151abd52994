import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeBasePath}. */
export interface BasePathOptions {
	/** The site's base path, e.g. `/news/`. */
	readonly basePath: string;
}

/** Attributes holding one URL, by element (hast property names). */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
	a: ['href'],
	img: ['src'],
	source: ['src'],
	blockquote: ['cite'],
	q: ['cite'],
	del: ['cite'],
	ins: ['cite'],
};

/** Attributes holding a `srcset` list of image candidates, by element. */
const SRCSET_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
	img: ['srcSet'],
	source: ['srcSet'],
};

/**
 * Prefixes root-relative links written in article bodies (`/tags/ukraine/`, `/images/map.png`)
 * with the site's base path, so they keep working when the site is served from a sub-path.
 * Covers links, images, `<picture>` sources and their `srcset` candidates, and quotation
 * `cite` URLs. Protocol-relative (`//host`), relative, absolute and already-prefixed URLs
 * are left alone.
 */
export function rehypeBasePath({ basePath }: BasePathOptions) {
	const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
	const prefix = (url: string): string => withBase(url, base);
	return (tree: Root): void => {
		if (base === '/') return;
		visit(tree, 'element', (node: Element) => {
			for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
				const value = node.properties[attribute];
				if (typeof value === 'string') node.properties[attribute] = prefix(value);
			}
			for (const attribute of SRCSET_ATTRIBUTES[node.tagName] ?? []) {
				const value = node.properties[attribute];
				if (typeof value !== 'string') continue;
				// A srcset is comma-separated candidates, each "url [descriptor]".
				node.properties[attribute] = value
					.split(',')
					.map((candidate) => {
						const [url = '', ...descriptors] = candidate.trim().split(/\s+/u);
						return [prefix(url), ...descriptors].join(' ');
					})
					.join(', ');
			}
		});
	};
}

/** `url` under `base` if it is root-relative and not already there; otherwise unchanged. */
function withBase(url: string, base: string): string {
	// Browsers read `/\host` like `//host`: another site, so it is not ours to prefix.
	if (!url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return url;
	// Already under the base: `/news/…`, or the base itself without its slash (`/news`, `/news?q`, `/news#x`).
	const bare = base.slice(0, -1);
	if (url.startsWith(base) || (url.startsWith(bare) && /^(?:$|[?#])/u.test(url.slice(bare.length)))) return url;
	return base + url.slice(1);
}
