import { describe, expect, test } from 'vitest';
import { feedHtml, xmlSafe } from './feed-content.ts';

const PAGE = 'https://example.org/news/2025/02/12/peace-talks/';

describe('feedHtml', () => {
	test('makes root-relative links and images absolute on the site origin, keeping the base path as written', () => {
		const html = '<p><a href="/news/tags/ukraine/">Ukraine</a> <img src="/news/photo.jpg" alt="A photo"></p>';
		expect(feedHtml(html, PAGE)).toBe(
			'<p><a href="https://example.org/news/tags/ukraine/">Ukraine</a> <img src="https://example.org/news/photo.jpg" alt="A photo"></p>',
		);
	});

	test('resolves fragments and relative paths against the article URL', () => {
		expect(feedHtml('<a href="#notes">notes</a>', PAGE)).toBe(`<a href="${PAGE}#notes">notes</a>`);
		expect(feedHtml('<img src="map.png" alt="">', PAGE)).toBe(`<img src="${PAGE}map.png" alt="">`);
	});

	test('leaves absolute and mailto links alone', () => {
		const html = '<a href="https://other.example/x?a=1&amp;b=2">x</a> <a href="mailto:desk@example.org">desk</a>';
		expect(feedHtml(html, PAGE)).toBe(html);
	});

	test('resolves every candidate of a srcset and blockquote cite', () => {
		const out = feedHtml(
			'<img src="/a.jpg" srcset="/a.jpg 1x, /a@2x.jpg 2x" alt=""><blockquote cite="/source/">q</blockquote>',
			PAGE,
		);
		expect(out).toContain('srcset="https://example.org/a.jpg 1x, https://example.org/a@2x.jpg 2x"');
		expect(out).toContain('cite="https://example.org/source/"');
	});

	test('reads a srcset URL that holds a comma as one URL, and resolves media URLs', () => {
		const out = feedHtml(
			'<img src="/a.jpg" srcset="https://img.example/w_100,h_50/a.jpg 1x, b.jpg 2x" alt=""><video poster="p.jpg"></video>',
			PAGE,
		);
		expect(out).toContain(`srcset="https://img.example/w_100,h_50/a.jpg 1x, ${new URL('b.jpg', PAGE).href} 2x"`);
		expect(out).toContain(`poster="${new URL('p.jpg', PAGE).href}"`);
	});

	test('reads a srcset as browsers do across line breaks, and leaves one that is not valid as written', () => {
		expect(feedHtml('<img srcset="/a.jpg\n1x, /b.jpg 2x" alt="">', PAGE)).toBe(
			'<img srcset="https://example.org/a.jpg 1x, https://example.org/b.jpg 2x" alt="">',
		);
		expect(feedHtml('<img srcset="/a.jpg 1x 2x" alt="">', PAGE)).toBe('<img srcset="/a.jpg 1x 2x" alt="">');
	});

	test('keeps text and structure; character references come out in their named form', () => {
		const html =
			'<h2 id="what-next">What next</h2>\n<p>Tom &#x26; Jerry &#x3C;3 “quotes”</p>\n<pre><code>a &#x3C; b\n</code></pre>';
		expect(feedHtml(html, PAGE)).toBe(
			'<h2 id="what-next">What next</h2>\n<p>Tom &amp; Jerry &lt;3 “quotes”</p>\n<pre><code>a &lt; b\n</code></pre>',
		);
	});

	test('reaches links inside nested elements and templates', () => {
		expect(feedHtml('<table><tbody><tr><td><a href="/x/">x</a></td></tr></tbody></table>', PAGE)).toBe(
			'<table><tbody><tr><td><a href="https://example.org/x/">x</a></td></tr></tbody></table>',
		);
		expect(feedHtml('<template><a href="/t/">t</a></template>', PAGE)).toBe(
			'<template><a href="https://example.org/t/">t</a></template>',
		);
	});

	test('removes control characters that XML forbids', () => {
		expect(feedHtml('<p>bell\u0007 and\u0000 null\u001F</p>', PAGE)).toBe('<p>bell and null</p>');
	});
});

describe('xmlSafe', () => {
	test('keeps tabs, line breaks and every printable script', () => {
		expect(xmlSafe('a\tb\nc\r\nКиїв 東京 🚀')).toBe('a\tb\nc\r\nКиїв 東京 🚀');
	});

	test('removes C0 and C1 controls, non-characters and lone surrogates', () => {
		expect(xmlSafe('a\u0001b\u0085c\uFFFEd\uD800e')).toBe('abcd\uFFFDe');
	});
});
