import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { test } from 'vitest';
import { splitArticle } from '../src/lib/frontmatter.ts';
import { markdownOptions } from '../src/markdown/index.ts';
import { benchArticle } from './generate.ts';

/**
 * What the Markdown pipeline costs per article, stage by stage, on the benchmark corpus: bare
 * remark stages, Astro's `unified()` with no plugins, then ours added one plugin at a time, with
 * Sätteri (Astro's default engine) and smartypants for reference. Run by `npm run bench`, or
 * alone with `npx vitest bench --run bench/markdown.bench.ts`. Each iteration renders one article,
 * so a mean is a cost per article; a plugin's own cost is its row minus the row above.
 */

const SAMPLE = Array.from({ length: 60 }, (_, i) => {
	const split = splitArticle(new TextEncoder().encode(benchArticle(i * 97).text));
	if ('problems' in split) throw new Error(`bench article ${i * 97} does not split`);
	return split.body;
});

// A sub-path site, so the base-path plugin does its work (at the root it returns at once).
const options = markdownOptions({ basePath: '/news/' });
const shared = { syntaxHighlight: false as const, gfm: true, smartypants: false };

/** A renderer that goes through the sample article by article. */
function cycling(render: (markdown: string) => unknown): () => Promise<void> {
	let next = 0;
	return async () => {
		await render(SAMPLE[next++ % SAMPLE.length] ?? '');
	};
}

/** Astro's own processor with the first `remark` remark plugins and `rehype` rehype plugins of ours. */
async function astroWith(remark: number, rehype: number, extra: { smartypants?: boolean } = {}) {
	const processor = await createMarkdownProcessor({
		...shared,
		...extra,
		remarkPlugins: options.remarkPlugins.slice(0, remark),
		rehypePlugins: options.rehypePlugins.slice(0, rehype),
	});
	return cycling((markdown) => processor.render(markdown));
}

test('Markdown pipeline cost per article', async ({ bench }) => {
	const parse = unified().use(remarkParse);
	const gfm = unified().use(remarkParse).use(remarkGfm);
	const toHtml = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);
	const satteri = await createSatteriMarkdownProcessor({ ...shared });
	const remarkCount = options.remarkPlugins.length;
	const rehypeNames = options.rehypePlugins.map((plugin) => pluginName(plugin));

	const stages: [string, () => Promise<void>][] = [
		['Sätteri, Astro default (reference)', cycling((markdown) => satteri.render(markdown))],
		['remark-parse only', cycling((markdown) => parse.runSync(parse.parse(markdown)))],
		['+ remark-gfm', cycling((markdown) => gfm.runSync(gfm.parse(markdown)))],
		['+ remark-rehype, rehype-stringify', cycling((markdown) => toHtml.process(markdown))],
		["Astro unified(), gfm, no plugins", await astroWith(0, 0)],
		...(await Promise.all(
			options.remarkPlugins.map(async (plugin, k) => [`+ ${pluginName(plugin)}`, await astroWith(k + 1, 0)] as [string, () => Promise<void>]),
		)),
		...(await Promise.all(
			rehypeNames.map(async (name, k) => [`+ ${name}`, await astroWith(remarkCount, k + 1)] as [string, () => Promise<void>]),
		)),
		['ours + smartypants (not used)', await astroWith(remarkCount, rehypeNames.length, { smartypants: true })],
	];
	const results = await bench.compare(...stages.map(([name, fn]) => bench(name, fn)), { time: 1500, warmupTime: 300 });

	// The table vitest prints sorts by speed; this one keeps pipeline order and shows each step's own cost.
	let previous: number | undefined;
	const rows = stages.map(([name], k) => {
		const mean = results.get(name).latency.mean;
		const step = k > 1 && previous !== undefined ? mean - previous : undefined;
		previous = mean;
		return `${name.padEnd(44)} ${mean.toFixed(3).padStart(8)} ms${step === undefined ? '' : `  (${step >= 0 ? '+' : ''}${step.toFixed(3)} ms)`}`;
	});
	console.log(`\nMarkdown cost per article (mean of ${SAMPLE.length} corpus articles, cumulative):\n${rows.join('\n')}\n`);
});

/** A readable name for a plugin list entry (`plugin` or `[plugin, options]`). */
function pluginName(entry: unknown): string {
	const plugin = Array.isArray(entry) ? entry[0] : entry;
	const name = typeof plugin === 'function' ? plugin.name : String(plugin);
	// rehypeBasePath → rehype-base-path
	return name.replace(/[A-Z]/gu, (c: string) => `-${c.toLowerCase()}`);
}
