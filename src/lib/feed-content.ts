import type { Element, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

// Characters XML 1.0 forbids or feed readers choke on: C0/C1 controls other than tab and line breaks,
// and the non-characters U+FFFE/U+FFFF. Lone surrogates are handled by toWellFormed().
const NOT_XML_SAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/gu;

/** `text` with every character that is not allowed in an XML document removed. */
export function xmlSafe(text: string): string {
	return text.toWellFormed().replace(NOT_XML_SAFE, '');
}

/** hast property names that hold one URL. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite'] as const;

/**
 * Article HTML made fit for a feed: every relative URL (`/news/tags/x/`, `#notes`, `photo.jpg`)
 * resolved against the article's absolute `pageUrl`, since feed readers show the HTML away from
 * the site; and characters that XML forbids removed.
 */
export function feedHtml(html: string, pageUrl: string): string {
	const tree = fromHtml(xmlSafe(html), { fragment: true });
	visit(tree, 'element', (node: Element) => {
		for (const name of URL_PROPERTIES) {
			const value = node.properties[name];
			if (typeof value === 'string') node.properties[name] = resolveUrl(value, pageUrl);
		}
		absolutiseSrcSet(node.properties, pageUrl);
	});
	return toHtml(tree);
}

function absolutiseSrcSet(properties: Properties, pageUrl: string): void {
	const srcSet = properties['srcSet'];
	// hast keeps a parsed srcset as written: comma-separated candidates of URL and descriptor.
	if (typeof srcSet !== 'string') return;
	properties['srcSet'] = srcSet
		.split(',')
		.map((candidate) => {
			const [url = '', ...descriptor] = candidate.trim().split(/\s+/u);
			return [resolveUrl(url, pageUrl), ...descriptor].join(' ');
		})
		.join(', ');
}

/** `url` resolved against `base`; left as written when it cannot be parsed. */
function resolveUrl(url: string, base: string): string {
	try {
		return new URL(url, base).href;
	} catch {
		return url;
	}
}
