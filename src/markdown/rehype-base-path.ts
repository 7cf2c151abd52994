import type { Element, Root } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import { stringifySrcset } from 'srcset';
import { visit } from 'unist-util-visit';
import { readSrcset, srcsetText } from './srcset.ts';

/** Options for {@link rehypeBasePath}. */
export interface BasePathOptions {
	/** The site's base path, e.g. `/news/`. */
	readonly basePath: string;
}

/**
 * Prefixes root-relative links written in article bodies (`/tags/ukraine/`, `/images/map.png`)
 * with the site's base path, so they keep working when the site is served from a sub-path.
 * Covers every attribute HTML defines as a URL (`html-url-attributes`: links, images, `<picture>`
 * sources, media, quotation `cite`…) and every candidate of a valid `srcset`. Protocol-relative
 * (`//host`), relative, absolute and already-prefixed URLs are left alone.
 */
export function rehypeBasePath({ basePath }: BasePathOptions) {
	const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
	const prefix = (url: string): string => withBase(url, base);
	return (tree: Root): void => {
		if (base === '/') return;
		visit(tree, 'element', (node: Element) => {
			for (const [attribute, elements] of Object.entries(urlAttributes)) {
				const value = node.properties[attribute];
				if (typeof value === 'string' && (elements === null || elements.includes(node.tagName)))
					node.properties[attribute] = prefix(value);
			}
			if (node.tagName === 'img' || node.tagName === 'source') {
				const srcset = srcsetText(node.properties.srcSet);
				// One that is not a valid srcset is left as written.
				const candidates = srcset === undefined ? undefined : readSrcset(srcset);
				if (candidates) node.properties.srcSet = stringifySrcset(candidates.map((c) => ({ ...c, url: prefix(c.url) })));
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
