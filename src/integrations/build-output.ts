import {
	closeSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { takeBuildLock } from './build-lock.ts';
import { DATA_STORE_FILE, isDataStoreShape } from './content-cache.ts';
import { searchBundles } from '../lib/search-bundles.ts';
import { missingOutputs } from './site-check.ts';

/** The folders beside the output folder: where a build is written, and where the last one goes while swapping. */
export function outputFolders(outDir: string): { staging: string; previous: string; lock: string } {
	const name = basename(outDir);
	return {
		staging: join(dirname(outDir), `.${name}.building`),
		previous: join(dirname(outDir), `.${name}.previous`),
		lock: join(dirname(outDir), `.${name}.lock`),
	};
}

/**
 * Makes `astro build` all or nothing. The site is built into a staging folder beside the output
 * folder and moved into place only once every step succeeded and every file a complete site needs
 * is there; a failed or killed build leaves the last good site (or none) and never its own half,
 * whose prerender chunks hold drafts' full text. The site it replaced stays beside it (`.dist.previous`)
 * until the next build, which deletes it as it works. One build per output folder at a time (a lock).
 * The content cache is checked first: a file of the wrong shape is rebuilt, an unwritable cache
 * folder is copied to a temporary one. Comes after every integration that writes into the site.
 */
export function buildOutputIntegration(): AstroIntegration {
	let outDir = '';
	let site = '';
	let finished = false;
	let release = () => {
		// Nothing to release until the lock is taken.
	};
	let staging = '';
	// The site the last build replaced, deleted while this build works (tens of thousands of files at 10,000 articles).
	let previousRemoved: Promise<Error | undefined> = Promise.resolve(undefined);
	// Synchronous, so it also runs on process.exit(); a SIGKILL leaves the staging folder, which the next build removes.
	const abandon = () => {
		if (!finished && staging) rmSync(staging, { recursive: true, force: true });
		release();
	};
	return {
		name: 'news-reader:build-output',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				if (command !== 'build') return;
				outDir = fileURLToPath(config.outDir).replace(/[\\/]$/u, '');
				site = new URL(config.base, config.site ?? 'http://localhost/').href;
				const folders = outputFolders(outDir);
				mkdirSync(dirname(outDir), { recursive: true });
				release = takeBuildLock(folders.lock, outDir);
				staging = folders.staging;
				process.once('exit', abandon);
				for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
					process.once(signal, () => {
						abandon();
						process.kill(process.pid, signal);
					});
				}
				rmSync(staging, { recursive: true, force: true });
				// Caught here and rethrown where awaited, so a failure fails the build instead of crashing it.
				if (existsSync(folders.previous)) previousRemoved = removeAside(folders.previous);
				const cacheDir = usableCacheDir(fileURLToPath(config.cacheDir), logger);
				// What the site's own code keeps beside Astro's cache (share cards, the sitemap's record) goes there too.
				if (cacheDir) process.env.ASTRO_CACHE_DIR = cacheDir;
				updateConfig({
					outDir: pathToFileURL(`${staging}/`),
					...(cacheDir ? { cacheDir: pathToFileURL(`${cacheDir}/`) } : {}),
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const built = fileURLToPath(dir).replace(/[\\/]$/u, '');
				// Astro deletes its prerender chunks on success; they hold drafts, so never ship them.
				rmSync(join(built, '.prerender'), { recursive: true, force: true });
				const robots = join(built, 'robots.txt');
				const missing = missingOutputs(
					(path) => existsSync(join(built, path)),
					existsSync(robots) ? readFileSync(robots, 'utf8') : undefined,
					site,
					articleBundles(built),
				);
				if (missing.length) {
					throw new Error(
						`The build is incomplete, so it was not published to ${outDir}: ${missing.join(', ')} ` +
							`${missing.length === 1 ? 'was' : 'were'} not written (see the errors above).`,
					);
				}
				if (built === outDir) return;
				const removal = await previousRemoved;
				if (removal) throw removal;
				const { previous } = outputFolders(outDir);
				// The site being replaced is kept beside the new one until the next build, which deletes it
				// while it works: deleting it here made every publish wait for it (10 s at 10,000 articles).
				if (existsSync(outDir)) renameSync(outDir, previous);
				renameSync(built, outDir);
				finished = true;
				release();
				logger.info(
					`site moved into place: ${outDir} (the site it replaced is in ${basename(previous)} until the next build)`,
				);
			},
		},
	};
}

/**
 * The cache folder to use instead of `cacheDir`, if it cannot be used as it is: a data store of the
 * wrong shape is deleted (and rebuilt by the build); an unwritable folder is copied to a temporary
 * one, so the build still reuses what it can and succeeds.
 */
function usableCacheDir(cacheDir: string, logger: AstroIntegrationLogger): string | undefined {
	const store = join(cacheDir, DATA_STORE_FILE);
	const text = existsSync(store) ? readTextOrUndefined(store) : undefined;
	try {
		mkdirSync(cacheDir, { recursive: true });
		const probe = join(cacheDir, `.write-probe-${process.pid}`);
		writeFileSync(probe, '');
		rmSync(probe);
	} catch (error) {
		const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
		const fallback = mkdtempSync(join(tmpdir(), 'news-cache-'));
		if (existsSync(cacheDir)) cpSync(cacheDir, fallback, { recursive: true, force: true });
		logger.warn(
			`the cache folder ${cacheDir} cannot be written (${code}); this build uses a copy in ${fallback}. ` +
				'Make the folder writable, or set ASTRO_CACHE_DIR to a writable folder, to keep renderings between builds.',
		);
		checkStoreShape(join(fallback, DATA_STORE_FILE), text, logger);
		return fallback;
	}
	checkStoreShape(store, text, logger);
	return undefined;
}

function checkStoreShape(store: string, text: string | undefined, logger: AstroIntegrationLogger): void {
	if (text === undefined || isDataStoreShape(text)) return;
	rmSync(store, { force: true });
	logger.warn(
		`the content cache ${store} is not in the shape Astro writes; it was deleted and every article is rendered again.`,
	);
}

/** The first bytes of a file (a data store may be a hundred megabytes; its shape shows at the start). */
function readTextOrUndefined(path: string): string | undefined {
	try {
		const fd = openSync(path, 'r');
		try {
			const head = Buffer.alloc(64);
			return head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8');
		} finally {
			closeSync(fd);
		}
	} catch {
		return undefined;
	}
}

/** The names of the search bundles the built site's articles make: from its month folders (`2025/02/`). */
function articleBundles(site: string): string[] {
	const days = readdirSync(site)
		.filter((year) => /^\d{4}$/u.test(year))
		.flatMap((year) =>
			readdirSync(join(site, year))
				.filter((month) => /^\d{2}$/u.test(month))
				.map((month) => ({ year: Number(year), month: Number(month) })),
		);
	return searchBundles(days).map(({ name }) => name);
}

/**
 * Deletes `folder` in a process of its own; resolves to the error if that fails. Deleting tens of
 * thousands of files in this process would fill libuv's threads with file operations, and every
 * file the build itself reads (the content cache, the articles) would wait behind them.
 */
function removeAside(folder: string): Promise<Error | undefined> {
	return new Promise((done) => {
		const child = spawn(
			process.execPath,
			['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder],
			{ stdio: ['ignore', 'ignore', 'pipe'] },
		);
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
		child.on('error', (error) => {
			done(error);
		});
		child.on('close', (code, signal) => {
			done(
				code === 0 ? undefined : new Error(`cannot delete ${folder}: ${stderr.trim() || (signal ?? `exit ${code}`)}`),
			);
		});
	});
}
