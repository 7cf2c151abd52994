/**
 * `npm run bench`: builds the site from a generated corpus of 1,000 and 10,000 articles and prints
 * what it costs (cold build, rebuild after one edit, memory, the Markdown pipeline stage by stage)
 * and what readers download (page weight, Lighthouse), beside a reference build with Astro's
 * default Markdown engine. Options: `--sizes 1000,10000`, `--no-reference`, `--no-markdown`,
 * `--no-lighthouse`, `--keep` (keep the temporary folder).
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../test/support/build-site.ts';
import { benchArticle, writeBenchCorpus } from './generate.ts';
import { lighthouseRows } from './lighthouse.ts';
import { measureBuild, type MeasuredBuild } from './measure.ts';
import { kb, pageWeight } from './page-weight.ts';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,10000' },
		reference: { type: 'boolean', default: true },
		markdown: { type: 'boolean', default: true },
		lighthouse: { type: 'boolean', default: true },
		keep: { type: 'boolean', default: false },
	},
	allowNegative: true,
});
const sizes = values.sizes
	.split(',')
	.map((s) => Number(s.trim()))
	.filter((n) => Number.isInteger(n) && n > 0);
const BUDGET = { ratio: 1.1, rebuild: 0.3, peakMiB: 2048, articleGzip: 14 * 1024, homeGzip: 20 * 1024 };

// A temporary folder inside the project (see MeasureOptions.outDir), ignored by git with the rest of .cache/.
await mkdir(join(ROOT, '.cache'), { recursive: true });
const work = await mkdtemp(join(ROOT, '.cache', 'bench-'));
const cpuModel = cpus()[0]?.model ?? 'unknown CPU';
console.log(`news-reader benchmark · ${new Date().toISOString()}`);
console.log(
	`machine: ${availableParallelism()} cores (${cpuModel}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`,
);
console.log(`work folder: ${work}${values.keep ? ' (kept)' : ''}\n`);

/** One size's figures, for the summary table. */
interface SizeSummary {
	size: number;
	reference?: MeasuredBuild;
	cold: MeasuredBuild;
	rebuild: MeasuredBuild;
	pages: number;
	searchMiB: number;
}
const summaries: SizeSummary[] = [];

try {
	if (values.markdown) await markdownBench();
	for (const [k, size] of sizes.entries()) summaries.push(await benchSize(size, k === 0 && values.lighthouse));
	printSummary();
} finally {
	if (!values.keep) await rm(work, { recursive: true, force: true });
}

async function benchSize(size: number, withLighthouse: boolean): Promise<SizeSummary> {
	heading(`${size.toLocaleString('en')} articles`);
	const contentDir = join(work, `content-${size}`);
	await writeBenchCorpus(contentDir, size);
	let reference: MeasuredBuild | undefined;
	if (values.reference) {
		reference = await build(
			'Sätteri reference (cold)',
			{ contentDir, name: `satteri-${size}`, env: { MARKDOWN_ENGINE: 'satteri' } },
			size,
		);
		await rm(join(work, `satteri-${size}`), { recursive: true, force: true });
	}
	const outDir = join(work, `dist-${size}`);
	const cacheDir = join(work, `cache-${size}`);
	const cold = await build('ours (cold)', { contentDir, name: `dist-${size}`, cacheDir }, size);
	if (reference) {
		const ratio = cold.wallSeconds / reference.wallSeconds;
		line('ours ÷ Sätteri, wall time', `${ratio.toFixed(2)}×`, verdict(ratio <= BUDGET.ratio, `≤ ${BUDGET.ratio}×`));
		// CPU time barely changes when other processes share the cores; wall time does.
		line(
			'ours ÷ Sätteri, CPU time',
			`${(cold.cpuSeconds / reference.cpuSeconds).toFixed(2)}×`,
			'(for a busy machine: wall time is the budget)',
		);
	}
	line('peak memory', `${cold.peakMiB.toFixed(0)} MiB`, verdict(cold.peakMiB <= BUDGET.peakMiB, '≤ 2 GiB'));

	// One article edited: the rebuild reuses the content cache for every other one.
	const edited = benchArticle(Math.floor(size / 2));
	await appendFile(join(contentDir, edited.file), '\nAn added paragraph, to measure the rebuild after one edit.\n');
	const rebuild = await build('ours, rebuild after one edit', { contentDir, name: `dist-${size}`, cacheDir }, size);
	const share = rebuild.wallSeconds / cold.wallSeconds;
	line('rebuild ÷ cold build', `${share.toFixed(2)}×`, verdict(share <= BUDGET.rebuild, `≤ ${BUDGET.rebuild}×`));

	const pagefind = await folderSize(join(outDir, 'pagefind'));
	const searchMiB = pagefind.bytes / 2 ** 20;
	line('search index (dist/pagefind)', `${searchMiB.toFixed(1)} MiB in ${pagefind.files} files`);
	const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).length;

	const article = await largestArticle(outDir);
	for (const [label, path, budget] of [
		[`article page (largest: ${article})`, article, BUDGET.articleGzip],
		['home page', '/', BUDGET.homeGzip],
	] as const) {
		const weight = await pageWeight(outDir, path);
		const parts = (['html', 'css', 'js', 'fonts'] as const).map(
			(kind) => `${kind} ${kb(weight[kind].raw)} / ${kb(weight[kind].gzip)}`,
		);
		line(
			label,
			`total ${kb(weight.total.raw)} raw / ${kb(weight.total.gzip)} gzip`,
			verdict(weight.total.gzip <= budget, `≤ ${kb(budget)} gzip`),
		);
		console.log(`    ${parts.join(' · ')} (raw / gzip)`);
	}

	if (withLighthouse) {
		console.log('\n  Lighthouse 13 (Debian Chromium, headless), ours:');
		for (const row of await lighthouseRows(outDir, ['/', article])) {
			console.log(
				`    ${row.page === '/' ? 'home   ' : 'article'} ${row.formFactor.padEnd(7)} performance ${row.performance} · accessibility ${row.accessibility} · ` +
					`best practices ${row.bestPractices} · SEO ${row.seo} · LCP ${row.lcp.toFixed(0)} ms · CLS ${row.cls.toFixed(3)} · TBT ${row.tbt.toFixed(0)} ms · ${kb(row.bytes)}`,
			);
		}
	}
	console.log('');
	return { size, ...(reference ? { reference } : {}), cold, rebuild, pages, searchMiB };
}

/** The figures of every size as one Markdown table (for the README). */
function printSummary(): void {
	heading('Summary (Markdown)');
	console.log(
		'| articles | pages | Sätteri reference: wall / CPU | ours cold: wall / CPU | ours ÷ Sätteri (wall) | rebuild after one edit | rebuild ÷ cold | peak memory | articles/s | search index |',
	);
	console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const { size, reference, cold, rebuild, pages, searchMiB } of summaries) {
		const ref = reference ? `${reference.wallSeconds.toFixed(1)} s / ${reference.cpuSeconds.toFixed(1)} s` : '–';
		const ratio = reference ? `${(cold.wallSeconds / reference.wallSeconds).toFixed(2)}×` : '–';
		console.log(
			`| ${size.toLocaleString('en')} | ${pages.toLocaleString('en')} | ${ref} | ${cold.wallSeconds.toFixed(1)} s / ${cold.cpuSeconds.toFixed(1)} s | ${ratio} | ` +
				`${rebuild.wallSeconds.toFixed(1)} s | ${(rebuild.wallSeconds / cold.wallSeconds).toFixed(2)}× | ${cold.peakMiB.toFixed(0)} MiB | ` +
				`${(size / cold.wallSeconds).toFixed(0)} | ${searchMiB.toFixed(1)} MiB |`,
		);
	}
	console.log('');
}

/** Builds the corpus into `work/name`, prints the figures and where the time went, and returns them. */
async function build(
	label: string,
	options: { contentDir: string; name: string; cacheDir?: string; env?: Record<string, string> },
	size: number,
) {
	const outDir = join(work, options.name);
	const measured = await measureBuild({
		contentDir: options.contentDir,
		outDir,
		cacheDir: options.cacheDir ?? join(work, `${options.name}-cache`),
		env: { BUILD_TIME: '2025-03-01T12:00:00Z', ...options.env },
	});
	if (measured.code !== 0) {
		console.error(measured.output);
		throw new Error(`${label}: astro build failed with code ${measured.code}`);
	}
	const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).length;
	line(
		label,
		`${measured.wallSeconds.toFixed(1)} s wall · ${measured.cpuSeconds.toFixed(1)} s CPU · ${measured.peakMiB.toFixed(0)} MiB peak · ` +
			`${pages.toLocaleString('en')} pages · ${(size / measured.wallSeconds).toFixed(0)} articles/s`,
	);
	// Where the time went, from the build's own log (timestamps dropped).
	for (const phase of measured.output
		.split('\n')
		.filter((l) => /loaded from|rendered on|Synced content|built in|Completed in|pagefind|indexed/iu.test(l))) {
		console.log(
			`    │ ${phase
				.replace(/^\d\d:\d\d:\d\d\s*/u, '')
				.replace(/\u001b\[[0-9;]*m/gu, '')
				.trim()}`,
		);
	}
	return measured;
}

/** Runs the per-stage Markdown bench (vitest) and prints its table. */
async function markdownBench(): Promise<void> {
	heading('Markdown pipeline, per article');
	const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
	const child = spawn(process.execPath, [vitest, 'bench', '--run', 'bench/markdown.bench.ts'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
	const table = /Markdown cost per article[\s\S]*?\n\n/u.exec(output)?.[0];
	console.log(table ?? output);
	if (code !== 0) throw new Error('the Markdown bench failed');
}

/** The article page with the most HTML, as a root-relative URL. */
async function largestArticle(outDir: string): Promise<string> {
	let best = { path: '', bytes: -1 };
	for (const file of await readdir(outDir, { recursive: true })) {
		if (!/^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/u.test(file)) continue;
		const { size } = await stat(join(outDir, file));
		if (size > best.bytes) best = { path: `/${file.replace(/index\.html$/u, '')}`, bytes: size };
	}
	return best.path;
}

async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
	let bytes = 0;
	let files = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])) {
		if (!entry.isFile() || entry.name.endsWith('.gz')) continue;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
		files++;
	}
	return { bytes, files };
}

function heading(text: string): void {
	console.log(`== ${text} ${'='.repeat(Math.max(0, 70 - text.length))}`);
}

function line(label: string, value: string, note = ''): void {
	console.log(`  ${label.padEnd(34)} ${value}${note ? `  ${note}` : ''}`);
}

function verdict(ok: boolean, budget: string): string {
	return ok ? `✓ budget ${budget}` : `✗ over budget ${budget}`;
}
