import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * The allow-list for HTML in articles: what a news article needs and nothing that can run.
 * Built on GitHub's schema (which keeps GFM footnotes and task lists working) with the tag
 * list narrowed, no `style`, no event handlers, and only http(s), mailto and relative URLs.
 * `data:` URLs are refused altogether, so no script can hide in one. Elements not on the list
 * are unwrapped (their text stays), except those whose content is code or invisible, which go
 * whole. `srcset` lists are checked candidate by candidate in rehype-safe-srcset.ts.
 */
export const sanitizeSchema: Schema = {
	...defaultSchema,
	strip: ['script', 'style', 'template', 'title', 'noscript', 'noembed', 'noframes', 'xmp', 'iframe'],
	tagNames: [
		'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr',
		'ul', 'ol', 'li', 'dl', 'dt', 'dd',
		'blockquote', 'q', 'cite', 'figure', 'figcaption', 'img', 'picture', 'source',
		'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
		'pre', 'code', 'kbd', 'samp', 'var',
		'a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup',
		'abbr', 'time', 'span', 'div', 'section', 'details', 'summary', 'input', 'bdi', 'bdo', 'wbr',
	],
	attributes: {
		...defaultSchema.attributes,
		'*': ['title', 'lang', 'dir', 'id', 'ariaLabel', 'ariaDescribedBy', 'ariaLabelledBy', 'ariaHidden'],
		a: [...(defaultSchema.attributes?.['a'] ?? []), 'hrefLang', 'rel'],
		img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
		source: ['srcSet', 'media', 'type', 'width', 'height'],
		time: ['dateTime'],
		abbr: ['title'],
		th: ['scope', 'colSpan', 'rowSpan', ['align', 'left', 'right', 'center']],
		td: ['colSpan', 'rowSpan', ['align', 'left', 'right', 'center']],
		ol: [...(defaultSchema.attributes?.['ol'] ?? []), 'start', 'reversed', 'type'],
	},
	protocols: {
		href: ['http', 'https', 'mailto'],
		cite: ['http', 'https'],
		src: ['http', 'https'],
		srcSet: ['http', 'https'],
		longDesc: ['http', 'https'],
	},
};
