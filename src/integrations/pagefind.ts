import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { glob } from 'tinyglobby';
import { formatPagefindReport, isIndexFile, type PagefindReport } from './pagefind-report.ts';
import { bundleGlob, groupByBundle, type SearchBundle } from '../lib/search-bundles.ts';
import { linkTree } from './link-tree.ts';
import { bundleDigest, fileIdentity, pageDigest, planBundles, type PageRecord } from './search-bundles.ts';

/** The folder, inside the built site, that holds the search bundles (one sub-folder each, src/lib/search-bundles.ts). */
export const PAGEFIND_FOLDER = 'pagefind';

/** The folder, inside Astro's cache folder, that keeps each bundle and its digest between builds. */
export const BUNDLE_CACHE_FOLDER = 'search-bundles';

/** What makes two indexings of the same pages differ: the indexer's version and its options. */
async function indexerIdentity(root: string): Promise<string> {
	const manifest: unknown = JSON.parse(await readFile(join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8'));
	const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : '';
	return `pagefind ${String(version)} binary; --site --glob <bundle> --output-path`;
}

const DIGESTS_FILE = 'digests.json';

/**
 * Indexes the article pages of the built site in `siteDir` with Pagefind, one bundle per
 * `searchBundles()` in `siteDir/pagefind/<name>/`. A bundle whose pages are byte for byte those the
 * bundle kept in `cacheDir` was made from is copied from there instead of indexed again. Returns what it cost.
 * Throws, naming Pagefind's errors, if indexing fails.
 */
export async function indexSite(siteDir: string, cacheDir: string, root: string): Promise<PagefindReport> {
	const started = performance.now();
	const indexer = await indexerIdentity(root);
	const outputRoot = join(siteDir, PAGEFIND_FOLDER);
	const cacheRoot = join(cacheDir, BUNDLE_CACHE_FOLDER);
	const groups = groupByBundle(await glob('[0-9][0-9][0-9][0-9]/*/*/*/index.html', { cwd: siteDir }));
	const pageDigests = await knownPageDigests(
		siteDir,
		[...groups.values()].flatMap((group) => group.paths),
		cacheRoot,
	);
	const digests = new Map<string, string>();
	for (const [name, { paths }] of groups) {
		digests.set(
			name,
			bundleDigest(
				indexer,
				paths.map((path) => ({ path, digest: pageDigests.get(path) ?? '' })),
			),
		);
	}
	const cached = await readDigests(cacheRoot);
	// A bundle is reused only when its copy is really there (a cache restored in part is not trusted).
	const present = Object.fromEntries(
		await Promise.all(
			Object.entries(cached).map(async ([name, digest]): Promise<[string, string]> => [
				name,
				(await exists(join(cacheRoot, name))) ? digest : '',
			]),
		),
	);
	const plan = planBundles(present, digests);
	// Forget the old digests first: an interrupted build must never leave a digest beside another bundle.
	await mkdir(cacheRoot, { recursive: true });
	await writeDigests(cacheRoot, Object.fromEntries(plan.reuse.map((name) => [name, digests.get(name) ?? ''])));
	for (const name of [...plan.drop, ...plan.rebuild]) await rm(join(cacheRoot, name), { recursive: true, force: true });
	// Hard links: the bundles in the cache and in the site are never written in place, only replaced.
	for (const name of plan.reuse) await linkTree(join(cacheRoot, name), join(outputRoot, name));
	const binary = plan.rebuild.length > 0 ? await pagefindBinary(root) : '';
	for (const name of plan.rebuild) {
		const group = groups.get(name);
		if (group) await indexBundle(binary, siteDir, group.bundle, join(outputRoot, name));
		await linkTree(join(outputRoot, name), join(cacheRoot, name));
	}
	await writeDigests(cacheRoot, Object.fromEntries(digests));
	const pages = (await Promise.all([...groups.keys()].map((name) => indexedPages(join(outputRoot, name))))).reduce(
		(sum, count) => sum + count,
		0,
	);
	return {
		pages,
		milliseconds: performance.now() - started,
		...(await bundleSizes(outputRoot)),
		bundles: { indexed: plan.rebuild.length, reused: plan.reuse.length },
	};
}

/**
 * Indexes the article pages of one bundle into `outputPath`. Runs Pagefind's own binary
 * and waits for it to exit: through the Node API a killed indexer (out of memory) or one that died
 * writing (disk full) left the build waiting on nothing, and it then exited 0 without an index.
 * Throws, with Pagefind's last words, if it fails in any way.
 */
async function indexBundle(binary: string, siteDir: string, bundle: SearchBundle, outputPath: string): Promise<void> {
	const { code, signal, output } = await run(binary, [
		'--site',
		siteDir,
		'--glob',
		bundleGlob(bundle),
		'--output-path',
		outputPath,
	]);
	if (code === 0) return;
	const how = signal
		? `was killed by ${signal}${signal === 'SIGKILL' ? ' (out of memory?)' : ''}`
		: `exited with code ${String(code)}`;
	const said = output.trim().split('\n').slice(-8).join('\n');
	throw new Error(
		`Search indexing failed: Pagefind ${how} while indexing ${siteDir} (${bundle.name})${said ? `:\n${said}` : ''}`,
	);
}

/** The Pagefind binary, found as its npm package finds it (PAGEFIND_BINARY_PATH overrides, as there). */
async function pagefindBinary(root: string): Promise<string> {
	// pagefind 1.6 exports only its Node API; its binary resolver is the file beside it.
	const resolver: unknown = await import(
		pathToFileURL(join(root, 'node_modules', 'pagefind', 'lib', 'resolveBinary.js')).href
	);
	if (
		resolver &&
		typeof resolver === 'object' &&
		'resolveBinaryPath' in resolver &&
		typeof resolver.resolveBinaryPath === 'function'
	) {
		const resolveBinaryPath = resolver.resolveBinaryPath as (names: string[]) => unknown;
		const path = resolveBinaryPath(['pagefind_extended', 'pagefind']);
		if (typeof path === 'string') return path;
	}
	throw new Error('Search indexing failed: the Pagefind binary cannot be found; run npm ci');
}

/** Runs a program to its end, keeping the last of what it printed. */
function run(
	command: string,
	args: readonly string[],
): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
		let output = '';
		const keep = (chunk: Buffer) => {
			output = (output + chunk.toString()).slice(-20_000);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		child.on('error', (error) => {
			reject(new Error(`Search indexing failed: Pagefind could not start (${error.message})`));
		});
		child.on('close', (code, signal) => {
			resolve({ code, signal, output });
		});
	});
}

const PAGE_DIGESTS_FILE = 'page-digests.json';

/** Article pages read at once: a year of ten thousand pages read at once exhausts file handles (EMFILE). */
const PAGES_IN_FLIGHT = 16;

/**
 * Each page's {@link pageDigest}. A page taken from Astro's cache is the same file as in the
 * build before (a hard link: same inode, size and modification time), so its digest is taken from
 * that build's record instead of reading it again (ten thousand pages are some 350 MB); a page
 * rendered again is a new file and is read. The record is kept in `cacheRoot` for the next build.
 */
async function knownPageDigests(
	siteDir: string,
	paths: readonly string[],
	cacheRoot: string,
): Promise<Map<string, string>> {
	const recordFile = join(cacheRoot, PAGE_DIGESTS_FILE);
	const previous = await readFile(recordFile, 'utf8').then(
		(text) => new Map(Object.entries(JSON.parse(text) as Record<string, PageRecord>)),
		() => new Map<string, PageRecord>(),
	);
	const records = await pMap(
		paths,
		async (path): Promise<[string, PageRecord]> => {
			const absolute = join(siteDir, path);
			const file = fileIdentity(await stat(absolute, { bigint: true }));
			const known = previous.get(path);
			return [
				path,
				known?.file === file && typeof known.digest === 'string'
					? known
					: { file, digest: pageDigest(await readFile(absolute)) },
			];
		},
		{ concurrency: PAGES_IN_FLIGHT },
	);
	await mkdir(cacheRoot, { recursive: true });
	await writeFile(recordFile, JSON.stringify(Object.fromEntries(records)));
	return new Map(records.map(([path, record]) => [path, record.digest]));
}

async function readDigests(cacheRoot: string): Promise<Record<string, string>> {
	try {
		const parsed: unknown = JSON.parse(await readFile(join(cacheRoot, DIGESTS_FILE), 'utf8'));
		if (typeof parsed !== 'object' || parsed === null) return {};
		return Object.fromEntries(
			Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
		);
	} catch {
		return {};
	}
}

async function writeDigests(cacheRoot: string, digests: Record<string, string>): Promise<void> {
	await writeFile(join(cacheRoot, DIGESTS_FILE), `${JSON.stringify(digests, null, '\t')}\n`);
}

async function exists(path: string): Promise<boolean> {
	return stat(path).then(
		() => true,
		() => false,
	);
}

/** Pages in a written bundle: `addDirectory` counts every HTML file it read, indexed or not. */
async function indexedPages(bundleDir: string): Promise<number> {
	const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

async function bundleSizes(bundleDir: string): Promise<Pick<PagefindReport, 'indexBytes' | 'bundleBytes'>> {
	let indexBytes = 0;
	let bundleBytes = 0;
	const entries = await readdir(bundleDir, { recursive: true, withFileTypes: true }).catch(() => []);
	await pMap(
		entries.filter((entry) => entry.isFile()),
		async (entry) => {
			const path = join(entry.parentPath, entry.name);
			const { size } = await stat(path);
			bundleBytes += size;
			if (isIndexFile(relative(bundleDir, path))) indexBytes += size;
		},
		{ concurrency: PAGES_IN_FLIGHT },
	);
	return { indexBytes, bundleBytes };
}

/**
 * Indexes every production build for search, so `astro build` alone yields the complete site; the
 * search bundles are kept in Astro's cache folder (`cacheDir`) for the next build.
 */
export function pagefindIntegration(): AstroIntegration {
	let cacheDir = '';
	let root = '';
	return {
		name: 'news-reader:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const report = await indexSite(fileURLToPath(dir), cacheDir, root);
				logger.info(formatPagefindReport(report));
			},
		},
	};
}
