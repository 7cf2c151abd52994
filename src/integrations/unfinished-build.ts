import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's incremental-build manifest in the cache folder (astro/dist/core/build/incremental.js). */
export const INCREMENTAL_MANIFEST = 'incremental-build.json';

/** Written when a build starts, removed when it has finished: found at the start of a build, the last one died. */
export const UNFINISHED_MARKER = 'build-unfinished';

/**
 * Keeps a failed build from poisoning the next one. Astro's incremental build stores each page it
 * renders in the cache folder as it goes, but writes the manifest that says which data each copy
 * was made from only at the end: a build that dies half-way leaves new copies under the old
 * manifest, and a later build whose data went back to the old keys would restore the wrong pages.
 * So a build that finds the previous one unfinished forgets the manifest and renders every page.
 */
export function unfinishedBuildGuard(): AstroIntegration {
	let cacheDir = '';
	return {
		name: 'news-reader:unfinished-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': async ({ logger }) => {
				const marker = join(cacheDir, UNFINISHED_MARKER);
				if (await exists(marker)) {
					await rm(join(cacheDir, INCREMENTAL_MANIFEST), { force: true });
					logger.warn('the previous build did not finish: every page is rendered again');
				}
				await mkdir(cacheDir, { recursive: true });
				await writeFile(marker, `${new Date().toISOString()}\n`);
			},
			'astro:build:done': async () => {
				await rm(join(cacheDir, UNFINISHED_MARKER), { force: true });
			},
		},
	};
}

async function exists(path: string): Promise<boolean> {
	return stat(path).then(
		() => true,
		() => false,
	);
}
