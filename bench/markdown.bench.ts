import { unified as unifiedProcessor } from '@astrojs/markdown-remark';
import { satteri as satteriProcessor } from '@astrojs/markdown-satteri';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { test } from 'vitest';
import { splitArticle } from '../src/lib/content/frontmatter.ts';
import { markdownOptions } from '../src/markdown/index.ts';
import { remarkGfmNoBareLinks } from '../src/markdown/remark-gfm-no-bare-links.ts';
import { benchArticle } from './generate.ts';

/**
 * What the Markdown pipeline costs per article, stage by stage, on the benchmark corpus: parsing,
 * Astro's `unified()` with no plugins, then ours added one at a time, with Sätteri (Astro's default
 * engine), full GFM and smartypants for reference. Run by `npm run bench`, or alone with
 * `npx vitest bench --run bench/markdown.bench.ts`. Each iteration renders one article and is
 * timed in CPU time and summarised by the median, so other processes on a busy machine count as
 * little as they can; a plugin's own cost is its row minus the row above.
 */

const SAMPLE = Array.from({ length: 60 }, (_, i) => {
	const split = splitArticle(new TextEncoder().encode(benchArticle(i * 97).text));
	if ('problems' in split) throw new Error(`bench article ${i * 97} does not split`);
	return split.body;
});

// A sub-path site, so the base-path plugin does its work (at the root it returns at once).
const options = markdownOptions({ basePath: '/news/' });
const shared = { syntaxHighlight: false as const };

/** Milliseconds of CPU this process has used: the bench clock. */
const cpuNow = (): number => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

type Stage = [name: string, run: () => Promise<void>];

/** A renderer that goes through the sample article by article. */
function cycling(render: (markdown: string) => unknown): () => Promise<void> {
	let next = 0;
	return async () => {
		await render(SAMPLE[next++ % SAMPLE.length] ?? '');
	};
}

/** Astro's own processor with the first `remark` remark plugins and `rehype` rehype plugins of ours. */
async function astroWith(remark: number, rehype: number, extra: { smartypants?: boolean; gfm?: boolean } = {}) {
	const processor = await unifiedProcessor({
		...options,
		...extra,
		remarkPlugins: options.remarkPlugins.slice(0, remark),
		rehypePlugins: options.rehypePlugins.slice(0, rehype),
	}).createRenderer(shared);
	return cycling((markdown) => processor.render(markdown));
}

test('Markdown pipeline cost per article', async ({ bench }) => {
	const parse = unified().use(remarkParse);
	const gfm = unified().use(remarkParse).use(remarkGfm);
	const gfmNoBareLinks = unified().use(remarkParse).use(remarkGfmNoBareLinks);
	const satteri = await satteriProcessor({ features: { smartPunctuation: false } }).createRenderer(shared);
	const remarkCount = options.remarkPlugins.length;
	const rehypeCount = options.rehypePlugins.length;

	const stages: Stage[] = [
		['Sätteri, Astro default (reference)', cycling((markdown) => satteri.render(markdown))],
		['parse: remark-parse', cycling((markdown) => parse.runSync(parse.parse(markdown)))],
		['  + remark-gfm (all of GFM)', cycling((markdown) => gfm.runSync(gfm.parse(markdown)))],
		[
			'parse: remark-parse + GFM without bare links',
			cycling((markdown) => gfmNoBareLinks.runSync(gfmNoBareLinks.parse(markdown))),
		],
		['Astro unified(), GFM on, no plugins', await astroWith(0, 0, { gfm: true })],
		['Astro unified(), GFM off, no plugins', await astroWith(0, 0)],
		...(await Promise.all(
			options.remarkPlugins.map(async (plugin, k): Promise<Stage> => [
				`  + ${pluginName(plugin)}`,
				await astroWith(k + 1, 0),
			]),
		)),
		...(await Promise.all(
			options.rehypePlugins.map(async (plugin, k): Promise<Stage> => [
				`  + ${pluginName(plugin)}`,
				await astroWith(remarkCount, k + 1),
			]),
		)),
		['ours with remark-gfm instead (bare links)', await astroWith(remarkCount, rehypeCount, { gfm: true })],
		['ours + smartypants (not used)', await astroWith(remarkCount, rehypeCount, { smartypants: true })],
	];
	const results = await bench.compare(...stages.map(([name, fn]) => bench(name, fn)), {
		time: 2000,
		warmupTime: 500,
		now: cpuNow,
	});

	// The table vitest prints sorts by speed; this one keeps pipeline order and shows each step's own cost.
	let previous: number | undefined;
	const rows = stages.map(([name]) => {
		const median = results.get(name).latency.p50;
		const step = name.startsWith('  +') && previous !== undefined ? median - previous : undefined;
		previous = median;
		return `${name.padEnd(46)} ${median.toFixed(3).padStart(7)} ms${step === undefined ? '' : `  (${step >= 0 ? '+' : ''}${step.toFixed(3)})`}`;
	});
	console.log(
		`\nMarkdown cost per article, CPU ms (median over ${SAMPLE.length} corpus articles; "+" rows add to the row above):\n${rows.join('\n')}\n`,
	);
});

/** A readable name for a plugin list entry (`plugin` or `[plugin, options]`). */
function pluginName(entry: unknown): string {
	const pair: readonly unknown[] = Array.isArray(entry) ? entry : [entry];
	const [plugin, setting] = pair;
	const name = typeof plugin === 'function' ? plugin.name : String(plugin);
	// rehypeBasePath → rehype-base-path
	const kebab = name.replace(/[A-Z]/gu, (c: string) => `-${c.toLowerCase()}`);
	return setting === false ? `${kebab} off (Astro's own pass after ours)` : kebab;
}
