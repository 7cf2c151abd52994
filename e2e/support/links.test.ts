import { describe, expect, test } from 'vitest';
import { cssLinks, htmlFacts, jsonLinks, robotsLinks, srcsetUrls, xmlLinks } from './links.ts';

const PAGE = 'http://127.0.0.1:4401/news/2025/02/12/';

describe('htmlFacts', () => {
	test('resolves links and assets against the page, marking only <a>/<area> as followable', () => {
		const { links } = htmlFacts(
			`<!doctype html><html><head>
			<link rel="stylesheet" href="/news/_astro/a.css"><link rel="icon" href="../../favicon.svg">
			<link rel="alternate" type="application/rss+xml" href="https://news.example.org/news/rss.xml">
			<meta property="og:image" content="https://news.example.org/news/og.png"><meta name="description" content="Not a URL">
			</head><body><a href="slug/">A</a><a href="#main">skip</a><area href="/news/map/">
			<img src="pic.png" srcset="pic-1x.png 1x, pic-2x.png 2x"><script src="/news/s.js"></script>
			<a href="mailto:desk@example.org">mail</a><a href="https://elsewhere.example/">out</a></body></html>`,
			PAGE,
		);
		expect(links.map((l) => [l.url, l.via, l.followable])).toEqual([
			['http://127.0.0.1:4401/news/_astro/a.css', '<link href>', false],
			['http://127.0.0.1:4401/news/2025/favicon.svg', '<link href>', false],
			['https://news.example.org/news/rss.xml', '<link href>', false],
			['https://news.example.org/news/og.png', '<meta og:image>', false],
			['http://127.0.0.1:4401/news/2025/02/12/slug/', '<a href>', true],
			['http://127.0.0.1:4401/news/2025/02/12/#main', '<a href>', true],
			['http://127.0.0.1:4401/news/map/', '<area href>', true],
			['http://127.0.0.1:4401/news/2025/02/12/pic.png', '<img src>', false],
			['http://127.0.0.1:4401/news/2025/02/12/pic-1x.png', '<img srcset>', false],
			['http://127.0.0.1:4401/news/2025/02/12/pic-2x.png', '<img srcset>', false],
			['http://127.0.0.1:4401/news/s.js', '<script src>', false],
			['https://elsewhere.example/', '<a href>', true],
		]);
	});

	test('finds each attribute HTML defines as a URL, only on the elements it is one on', () => {
		const { links } = htmlFacts(
			'<video src="v.mp4" poster="p.jpg"></video><blockquote cite="/q/">q</blockquote><button formaction="/send/">s</button><div cite="/no/"></div>',
			PAGE,
		);
		expect(links.map((l) => [l.url, l.via])).toEqual([
			['http://127.0.0.1:4401/news/2025/02/12/p.jpg', '<video poster>'],
			['http://127.0.0.1:4401/news/2025/02/12/v.mp4', '<video src>'],
			['http://127.0.0.1:4401/q/', '<blockquote cite>'],
			['http://127.0.0.1:4401/send/', '<button formaction>'],
		]);
	});

	test('collects ids and <a name> as anchors, including those inside <template>', () => {
		const { anchors } = htmlFacts(
			'<main id="main"><a name="old"></a><template><p id="in-template"></p></template></main>',
			PAGE,
		);
		expect([...anchors].sort()).toEqual(['in-template', 'main', 'old']);
	});

	test('honours <base href>', () => {
		const { links } = htmlFacts('<head><base href="/news/"></head><body><a href="tags/">t</a></body>', PAGE);
		expect(links.map((l) => l.url)).toEqual(['http://127.0.0.1:4401/news/tags/']);
	});

	test('finds URLs in inline styles and JSON-LD', () => {
		const { links } = htmlFacts(
			`<style>body{background:url("/news/bg.png")}</style><div style="background-image: url(x.png)"></div>
			<script type="application/ld+json">{"@context":"https://schema.org","url":"https://news.example.org/news/a/","image":["https://news.example.org/news/i.png"]}</script>`,
			PAGE,
		);
		expect(links.map((l) => [l.url, l.via])).toEqual([
			['http://127.0.0.1:4401/news/bg.png', 'url()'],
			['http://127.0.0.1:4401/news/2025/02/12/x.png', 'url()'],
			['https://schema.org/', 'JSON-LD "@context"'],
			['https://news.example.org/news/a/', 'JSON-LD "url"'],
			['https://news.example.org/news/i.png', 'JSON-LD "image"'],
		]);
	});
});

describe('srcsetUrls', () => {
	test('drops width and density descriptors and keeps commas inside URLs', () => {
		expect(srcsetUrls('a.png 480w, b,c.png 800w,d.png 2x')).toEqual(['a.png', 'b,c.png', 'd.png']);
		expect(srcsetUrls('only.png')).toEqual(['only.png']);
	});
});

describe('xmlLinks', () => {
	test('finds URLs in RSS elements, Atom attributes, escaped item HTML and the stylesheet PI, not in namespaces', () => {
		const xml = `<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="/news/rss.xsl"?>
			<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
			<link>https://news.example.org/news/</link><atom:link href="https://news.example.org/news/rss.xml" rel="self"/>
			<item><title>A &amp; B</title><link>https://news.example.org/news/2025/02/12/a/</link>
			<description>&lt;p&gt;See &lt;a href="https://news.example.org/news/tags/x/"&gt;x&lt;/a&gt;&lt;/p&gt;</description>
			<content:encoded><![CDATA[<img src="https://news.example.org/news/i.png" alt="">]]></content:encoded></item></channel></rss>`;
		expect(xmlLinks(xml, 'http://127.0.0.1:4401/news/rss.xml').map((l) => [l.url, l.via])).toEqual([
			['http://127.0.0.1:4401/news/rss.xsl', '<?xml-stylesheet?>'],
			['https://news.example.org/news/', '<link>'],
			['https://news.example.org/news/rss.xml', '<atom:link href>'],
			['https://news.example.org/news/2025/02/12/a/', '<link>'],
			['https://news.example.org/news/tags/x/', '<description> <a href>'],
			['https://news.example.org/news/i.png', '<content:encoded> <img src>'],
		]);
	});

	test('reads every <loc> of a sitemap', () => {
		const xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.org/a/</loc></url><url><loc>https://x.org/b/</loc></url></urlset>`;
		expect(xmlLinks(xml, 'https://x.org/sitemap.xml').map((l) => [l.url, l.via])).toEqual([
			['https://x.org/a/', '<loc>'],
			['https://x.org/b/', '<loc>'],
		]);
	});
});

describe('jsonLinks', () => {
	test('finds URLs and links inside content_html of a JSON Feed', () => {
		const json = JSON.stringify({
			home_page_url: 'https://x.org/',
			items: [{ url: 'https://x.org/a/', content_html: '<a href="/b/">b</a>', title: 'Not https://x.org inside text' }],
		});
		expect(jsonLinks(json, 'https://x.org/feed.json').map((l) => [l.url, l.via])).toEqual([
			['https://x.org/', '"home_page_url"'],
			['https://x.org/a/', '"url"'],
			['https://x.org/b/', '"content_html" <a href>'],
		]);
	});
});

describe('cssLinks and robotsLinks', () => {
	test('find url(), @import and Sitemap lines', () => {
		expect(
			cssLinks(
				'@import "base.css"; a{background:url( \'img/x.svg\' )} b{background:url(data:image/png;base64,AA)}',
				'https://x.org/_astro/a.css',
			).map((l) => l.url),
		).toEqual(['https://x.org/_astro/base.css', 'https://x.org/_astro/img/x.svg']);
		expect(
			robotsLinks(
				'User-agent: *\nAllow: /\nSitemap: https://x.org/sitemap-index.xml\nsitemap: https://x.org/news-sitemap.xml\n',
				'https://x.org/robots.txt',
			).map((l) => l.url),
		).toEqual(['https://x.org/sitemap-index.xml', 'https://x.org/news-sitemap.xml']);
	});
});
