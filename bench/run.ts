/**
 * `npm run bench`: builds the site from a generated corpus of 1,000 and 10,000 articles and prints
 * what it costs (cold build, the publish scenarios — add one article, edit one body, delete one —
 * each against the cold build with the count of HTML files it changed, memory, the Markdown
 * pipeline stage by stage) and what readers download (page weight, Lighthouse), beside two
 * references: our site with Astro's default Markdown engine, and a bare blog shaped like Astro's
 * blog starter (`bench/starter/`). Options: `--sizes 1000,10000`, `--large` (adds 50,000),
 * `--publish add,edit,delete` (the publish scenarios to run), `--no-reference`, `--no-starter`,
 * `--no-markdown`, `--no-lighthouse`, `--keep` (keep the temporary folder).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { ROOT } from '../test/support/build-site.ts';
import { benchArticle, TAG_NAMES, writeBenchCorpus } from './generate.ts';
import { lighthouseRows } from './lighthouse.ts';
import { measureBuild, type MeasuredBuild } from './measure.ts';
import { kb, pageWeight } from './page-weight.ts';
import { imageStep, largestLeadAt360, pagesWithLeadImage, REFERENCE_CARD_MS, shareCardCost } from './pictures.ts';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,10000' },
		large: { type: 'boolean', default: false },
		publish: { type: 'string', default: 'add,edit,delete' },
		reference: { type: 'boolean', default: true },
		starter: { type: 'boolean', default: true },
		markdown: { type: 'boolean', default: true },
		lighthouse: { type: 'boolean', default: true },
		keep: { type: 'boolean', default: false },
	},
	allowNegative: true,
});
const sizes = values.sizes
	.split(',')
	.map((s) => Number(s.trim()))
	.filter((n) => Number.isInteger(n) && n > 0)
	.concat(values.large ? [50_000] : []);
const BUDGET = {
	ratio: 1.1,
	starterRatio: 1.5,
	publish: 0.15,
	publishHtml: 60,
	peakMiB: 2048,
	articleGzip: 14 * 1024,
	homeGzip: 20 * 1024,
	cardMs: REFERENCE_CARD_MS / 20,
	lead360: 60 * 1024,
	listingHtml: 100 * 1024,
};

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
	starter?: MeasuredBuild;
	cold: MeasuredBuild;
	publishes: Publish[];
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
	let starter: MeasuredBuild | undefined;
	if (values.starter) {
		starter = await build(
			'bare starter-shaped blog (cold)',
			{ contentDir, name: `starter-${size}`, root: join(ROOT, 'bench', 'starter') },
			size,
		);
		await rm(join(work, `starter-${size}`), { recursive: true, force: true });
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
	if (starter) {
		const ratio = cold.wallSeconds / starter.wallSeconds;
		line(
			'ours ÷ bare starter, wall time',
			`${ratio.toFixed(2)}×`,
			verdict(ratio <= BUDGET.starterRatio, `≤ ${BUDGET.starterRatio}×`),
		);
		line('ours ÷ bare starter, CPU time', `${(cold.cpuSeconds / starter.cpuSeconds).toFixed(2)}×`);
	}
	line('peak memory', `${cold.peakMiB.toFixed(0)} MiB`, verdict(cold.peakMiB <= BUDGET.peakMiB, '≤ 2 GiB'));

	// The publish scenarios, one after another on the same output and cache, as a newsroom's builds run.
	const publishes: Publish[] = [];
	const scenarios: [label: string, change: () => Promise<void>][] = [
		['add one article (5 tags)', () => writeFile(join(contentDir, 'published-now.md'), newArticle(size))],
		[
			'edit one body',
			() =>
				appendFile(
					join(contentDir, benchArticle(Math.floor(size / 2)).file),
					'\nAn added paragraph, to measure the rebuild after one edit.\n',
				),
		],
		['delete one article', () => rm(join(contentDir, benchArticle(Math.floor(size / 3)).file))],
	];
	const chosen = new Set(values.publish.split(',').map((s) => s.trim()));
	for (const [label, change] of scenarios.filter(([label]) => chosen.has(label.split(' ')[0] ?? ''))) {
		const before = await htmlDigests(outDir);
		await change();
		const measured = await build(`publish: ${label}`, { contentDir, name: `dist-${size}`, cacheDir }, size);
		const after = await htmlDigests(outDir);
		const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
			(path) => before.get(path) !== after.get(path),
		).length;
		const share = measured.wallSeconds / cold.wallSeconds;
		line(
			`  ÷ cold (wall / CPU)`,
			`${share.toFixed(2)}× / ${(measured.cpuSeconds / cold.cpuSeconds).toFixed(2)}×`,
			verdict(share <= BUDGET.publish, `≤ ${BUDGET.publish}×`),
		);
		line(
			'  HTML files changed',
			`${changed.toLocaleString('en')} of ${after.size.toLocaleString('en')}`,
			label.startsWith('add') ? verdict(changed <= BUDGET.publishHtml, `≤ ${BUDGET.publishHtml}`) : '',
		);
		const { copied, rendered, slowest } = generation(measured.output);
		line('  pages copied / rendered', `${copied.toLocaleString('en')} / ${rendered.toLocaleString('en')}`);
		if (slowest.length > 0) console.log(`    slowest rendered: ${slowest.join(', ')}`);
		publishes.push({ label, build: measured, changedHtml: changed, htmlFiles: after.size });
	}

	const pagefind = await folderSize(join(outDir, 'pagefind'));
	const searchMiB = pagefind.bytes / 2 ** 20;
	line('search index (dist/pagefind)', `${searchMiB.toFixed(1)} MiB in ${pagefind.files} files`);
	const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).length;

	// Pictures: every tenth article has a lead image; the others get a generated share card.
	for (const [label, measured] of [
		['pictures, cold build', cold],
		...publishes.map(({ label, build }) => [`pictures, publish: ${label}`, build] as const),
	] as const) {
		const step = imageStep(measured.output);
		line(label, `${step.images} written in ${step.seconds.toFixed(1)} s, ${step.reused} reused from the cache`);
	}
	const cards = (await readdir(join(outDir, 'og')).catch(() => [])).length;
	const card = await shareCardCost();
	line(
		`share cards (${cards} in dist/og)`,
		`${card.wallMs.toFixed(0)} ms wall / ${card.cpuMs.toFixed(0)} ms CPU per card drawn, ` +
			`${(REFERENCE_CARD_MS / card.cpuMs).toFixed(0)}× cheaper than ~1 s (CPU)`,
		verdict(card.cpuMs <= BUDGET.cardMs, `≤ ${BUDGET.cardMs} ms CPU`),
	);
	const pictured = await pagesWithLeadImage(outDir);
	const lead360 = await largestLeadAt360(outDir, pictured);
	line('lead image at 360 px (largest)', kb(lead360), verdict(lead360 <= BUDGET.lead360, `≤ ${kb(BUDGET.lead360)}`));

	const listing = await largestListing(outDir);
	line(
		`largest listing page (${listing.path})`,
		`${kb(listing.bytes)} of HTML`,
		verdict(listing.bytes <= BUDGET.listingHtml, `≤ ${kb(BUDGET.listingHtml)}`),
	);

	const article = await largestArticle(outDir);
	const withImage = pictured[0] ?? article;
	for (const [label, path, budget] of [
		[`article page (largest: ${article})`, article, BUDGET.articleGzip],
		[`article page with lead image (${withImage})`, withImage, BUDGET.articleGzip],
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
	return {
		size,
		...(reference ? { reference } : {}),
		...(starter ? { starter } : {}),
		cold,
		publishes,
		pages,
		searchMiB,
	};
}

/** One publish scenario's build and the HTML files it changed (added, rewritten or removed). */
interface Publish {
	readonly label: string;
	readonly build: MeasuredBuild;
	readonly changedHtml: number;
	readonly htmlFiles: number;
}

/** A new article, newer than every article of the corpus, with five of the most used tags. */
function newArticle(size: number): string {
	const { text } = benchArticle(size);
	// Without the lead image its generated twin would have: the picture file is not written.
	return text
		.replace(/^image:\n(?: {2}.*\n)+/mu, '')
		.replace(/^date: .*$/mu, 'date: 2024-12-31T21:00:00-05:00')
		.replace(
			/^tags:\n(?: {2}- .*\n)+/mu,
			`tags:\n${TAG_NAMES.slice(0, 5)
				.map((tag) => `  - ${tag}\n`)
				.join('')}`,
		);
}

/**
 * From a build's log: the pages copied from the previous build ("(cached)", "(restored)"), the pages
 * rendered (with their time, "(+12ms)"), and the five slowest of those.
 */
function generation(output: string): { copied: number; rendered: number; slowest: string[] } {
	const lines = stripVTControlCharacters(output).split('\n');
	const copied = lines.filter((l) => /\((?:cached|restored)\)\s*$/u.test(l)).length;
	const timed = lines.flatMap((l) => {
		const match = /[├└]─ (\S+) \(\+([\d.]+)(m?s)\)/u.exec(l);
		if (!match) return [];
		const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
		return [{ path: match[1] ?? '', ms }];
	});
	const slowest = [...timed]
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 5)
		.map(({ path, ms }) => `${path} ${ms.toFixed(0)} ms`);
	return { copied, rendered: timed.length, slowest };
}

/** Every HTML file of a built site, by path, as a digest of its bytes. */
async function htmlDigests(outDir: string): Promise<Map<string, string>> {
	const digests = new Map<string, string>();
	for (const file of await readdir(outDir, { recursive: true })) {
		if (!file.endsWith('.html')) continue;
		digests.set(
			file,
			createHash('sha256')
				.update(await readFile(join(outDir, file)))
				.digest('hex'),
		);
	}
	return digests;
}

/** The figures of every size as Markdown tables (for the README). */
function printSummary(): void {
	heading('Summary (Markdown)');
	const time = (b: MeasuredBuild): string => `${b.wallSeconds.toFixed(1)} s / ${b.cpuSeconds.toFixed(1)} s`;
	console.log(
		'| articles | pages | bare starter: wall / CPU | Sätteri reference: wall / CPU | ours cold: wall / CPU | ours ÷ starter (wall / CPU) | ours ÷ Sätteri (wall / CPU) | peak memory | articles/s | search index |',
	);
	console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const { size, reference, starter, cold, pages, searchMiB } of summaries) {
		const ratio = (ref: MeasuredBuild | undefined): string =>
			ref
				? `${(cold.wallSeconds / ref.wallSeconds).toFixed(2)}× / ${(cold.cpuSeconds / ref.cpuSeconds).toFixed(2)}×`
				: '–';
		console.log(
			`| ${size.toLocaleString('en')} | ${pages.toLocaleString('en')} | ${starter ? time(starter) : '–'} | ${reference ? time(reference) : '–'} | ` +
				`${time(cold)} | ${ratio(starter)} | ${ratio(reference)} | ${cold.peakMiB.toFixed(0)} MiB | ` +
				`${(size / cold.wallSeconds).toFixed(0)} | ${searchMiB.toFixed(1)} MiB |`,
		);
	}
	console.log('');
	console.log('| articles | publish | wall / CPU | ÷ cold (wall / CPU) | HTML files changed | peak memory |');
	console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
	for (const { size, cold, publishes } of summaries) {
		for (const { label, build: b, changedHtml, htmlFiles } of publishes) {
			console.log(
				`| ${size.toLocaleString('en')} | ${label} | ${time(b)} | ${(b.wallSeconds / cold.wallSeconds).toFixed(2)}× / ` +
					`${(b.cpuSeconds / cold.cpuSeconds).toFixed(2)}× | ${changedHtml.toLocaleString('en')} of ${htmlFiles.toLocaleString('en')} | ${b.peakMiB.toFixed(0)} MiB |`,
			);
		}
	}
	console.log('');
}

/** Builds the corpus into `work/name`, prints the figures and where the time went, and returns them. */
async function build(
	label: string,
	options: { contentDir: string; name: string; cacheDir?: string; env?: Record<string, string>; root?: string },
	size: number,
) {
	const outDir = join(work, options.name);
	const measured = await measureBuild({
		...(options.root ? { root: options.root } : {}),
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
		.filter((l) =>
			/loaded from|rendered on|Synced content|built in|Completed in|generating optimized images|pagefind|indexed/iu.test(
				l,
			),
		)) {
		console.log(
			`    │ ${stripVTControlCharacters(phase)
				.replace(/^\d\d:\d\d:\d\d\s*/u, '')
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
	const code = await new Promise<number>((resolve) =>
		child.on('close', (c) => {
			resolve(c ?? 1);
		}),
	);
	const table = /Markdown cost per article[\s\S]*?\n\n/u.exec(output)?.[0];
	console.log(table ?? output);
	if (code !== 0) throw new Error('the Markdown bench failed');
}

/** The listing page (every HTML page but articles, search and 404) with the most HTML, and its size. */
async function largestListing(outDir: string): Promise<{ path: string; bytes: number }> {
	let best = { path: '', bytes: -1 };
	for (const file of await readdir(outDir, { recursive: true })) {
		if (!file.endsWith('.html') || /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/u.test(file)) continue;
		if (file === '404.html' || file.startsWith('search/')) continue;
		const { size } = await stat(join(outDir, file));
		if (size > best.bytes) best = { path: `/${file.replace(/index\.html$/u, '')}`, bytes: size };
	}
	return best;
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
