import { urlAttributes } from 'html-url-attributes';
import { parseFragment, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { stringifySrcset } from 'srcset';
import { readSrcset } from '../srcset.ts';

// Characters XML 1.0 forbids or feed readers choke on: C0/C1 controls other than tab and line breaks,
// and the non-characters U+FFFE/U+FFFF. Lone surrogates are handled by toWellFormed().
const NOT_XML_SAFE = /(?![\t\n\r])\p{Cc}|[\uFFFE\uFFFF]/gu;

/** `text` with every character that is not allowed in an XML document removed. */
export function xmlSafe(text: string): string {
	return text.toWellFormed().replace(NOT_XML_SAFE, '');
}

/** Attributes that hold one URL (`html-url-attributes`, by HTML attribute name), and the elements they do on (null: all). */
const URL_ATTRIBUTES = new Map(
	Object.entries(urlAttributes).map(([property, elements]) => [property.toLowerCase(), elements] as const),
);

type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/**
 * Article HTML made fit for a feed: every relative URL (`/news/tags/x/`, `#notes`, `photo.jpg`)
 * resolved against the article's absolute `pageUrl`, since feed readers show the HTML away from
 * the site; and characters that XML forbids removed. Parsed and written back with parse5, which
 * is several times faster than a round trip through hast, and articles appear in several feeds.
 */
export function feedHtml(html: string, pageUrl: string): string {
	const fragment = parseFragment(xmlSafe(html));
	absolutise(fragment, pageUrl);
	return serialize(fragment);
}

function absolutise(parent: ParentNode, pageUrl: string): void {
	for (const node of parent.childNodes) {
		if (!('tagName' in node)) continue;
		for (const attribute of node.attrs) {
			const elements = URL_ATTRIBUTES.get(attribute.name);
			if (elements !== undefined && (elements === null || elements.includes(node.tagName)))
				attribute.value = resolveUrl(attribute.value, pageUrl);
			else if (attribute.name === 'srcset') attribute.value = resolveSrcset(attribute.value, pageUrl);
		}
		absolutise(node.tagName === 'template' && 'content' in node ? node.content : node, pageUrl);
	}
}

/** Each candidate of a `srcset` with its URL resolved; left as written when it is not a valid srcset. */
function resolveSrcset(srcset: string, pageUrl: string): string {
	const candidates = readSrcset(srcset);
	return candidates ? stringifySrcset(candidates.map((c) => ({ ...c, url: resolveUrl(c.url, pageUrl) }))) : srcset;
}

/** `url` resolved against `base`; left as written when it cannot be parsed. */
function resolveUrl(url: string, base: string): string {
	try {
		return new URL(url, base).href;
	} catch {
		return url;
	}
}
