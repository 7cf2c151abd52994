import { unified as unifiedProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { markdownOptions } from './index.ts';

async function render(markdown: string): Promise<string> {
	// The options astro.config.mjs gives its processor, so the sanitiser and Astro's image plugins run too.
	const processor = await unifiedProcessor(markdownOptions({ basePath: '/' })).createRenderer({
		syntaxHighlight: false,
	});
	const { code } = await processor.render(markdown, { fileURL: new URL('file:///content/world/article.md') });
	return code;
}

describe('rehypeFigures in the full Markdown pipeline', () => {
	test('a captioned picture beside the article becomes a figure handed to Astro with widths, sizes and lazy loading', async () => {
		expect(await render('![A crane at dawn](./crane.jpg "The harbour on Tuesday.")\n')).toBe(
			'<figure><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./crane.jpg&#x22;,&#x22;alt&#x22;:&#x22;A crane at dawn&#x22;,&#x22;loading&#x22;:&#x22;lazy&#x22;,&#x22;decoding&#x22;:&#x22;async&#x22;,&#x22;sizes&#x22;:&#x22;(min-width: 46rem) 42rem, calc(100vw - 2rem)&#x22;,&#x22;widths&#x22;:[360,720,1080],&#x22;index&#x22;:0}"><figcaption>The harbour on Tuesday.</figcaption></figure>',
		);
	});

	test('a picture without a title is a figure without a caption; a root-relative one is served as it is', async () => {
		expect(await render('![A map](/images/map.png)\n')).toBe(
			'<figure><img src="/images/map.png" alt="A map" loading="lazy" decoding="async"></figure>',
		);
	});

	test('a picture inside a sentence stays inline, and the caption is text, never markup', async () => {
		expect(await render('Before ![x](/a.png) after.\n\n![y](/b.png "<b>bold</b> & more")\n')).toBe(
			'<p>Before <img src="/a.png" alt="x"> after.</p>\n<figure><img src="/b.png" alt="y" loading="lazy" decoding="async"><figcaption>&#x3C;b>bold&#x3C;/b> &#x26; more</figcaption></figure>',
		);
	});
});
