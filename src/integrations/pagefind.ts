import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { formatPagefindReport, isIndexFile, type PagefindReport } from './pagefind-report.ts';

/** The folder, inside the built site, that holds the search bundle (the search page loads it from there). */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * Indexes the built site in `siteDir` with Pagefind and writes the bundle to `siteDir/pagefind/`;
 * returns what it cost. Throws, naming Pagefind's errors, if indexing fails.
 */
export async function indexSite(siteDir: string): Promise<PagefindReport> {
	const outputPath = join(siteDir, PAGEFIND_FOLDER);
	const started = performance.now();
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: siteDir });
		const written = await index.writeFiles({ outputPath });
		const problems = [...errors, ...added.errors, ...written.errors];
		if (problems.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${problems.join('; ')}`);
		const milliseconds = performance.now() - started;
		return { pages: await indexedPages(outputPath), milliseconds, ...(await bundleSizes(outputPath)) };
	} finally {
		// The Node API runs the Pagefind binary as a service; left open it keeps the build process alive.
		await pagefind.close();
	}
}

/** Pages in the written index: `addDirectory` counts every HTML file it read, indexed or not. */
async function indexedPages(bundleDir: string): Promise<number> {
	const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

async function bundleSizes(bundleDir: string): Promise<Pick<PagefindReport, 'indexBytes' | 'bundleBytes'>> {
	let indexBytes = 0;
	let bundleBytes = 0;
	for (const entry of await readdir(bundleDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const { size } = await stat(path);
		bundleBytes += size;
		if (isIndexFile(relative(bundleDir, path))) indexBytes += size;
	}
	return { indexBytes, bundleBytes };
}

/** Indexes every production build for search, so `astro build` alone yields the complete site. */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'news-reader:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const report = await indexSite(fileURLToPath(dir));
				logger.info(formatPagefindReport(report));
			},
		},
	};
}
