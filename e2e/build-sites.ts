/**
 * Builds the sites the browser tests run against: the fixture corpus plus the real content,
 * once at the root and once under /news/. Run by `npm run test:e2e` before Playwright.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite } from '../test/support/build-site.ts';
import { writeSiteCorpus } from '../test/fixtures/site-corpus.ts';
import { E2E_CONTENT, E2E_DIR, E2E_SITE_URL, ROOT, SITES } from './sites.ts';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
	throw new Error(
		`The browser tests need Debian's Chromium at ${chromium}: run "apt-get install chromium" (or set CHROMIUM_PATH).`,
	);
}

await writeSiteCorpus(E2E_CONTENT, join(ROOT, 'content'));
for (const [name, site] of Object.entries(SITES)) {
	await rm(site.outDir, { recursive: true, force: true });
	const started = performance.now();
	const result = await buildSite({
		contentDir: E2E_CONTENT,
		outDir: site.outDir,
		cacheDir: join(E2E_DIR, `cache-${name}`),
		env: { BASE_PATH: site.basePath, SITE_URL: E2E_SITE_URL },
	});
	if (result.code !== 0) {
		console.error(result.output);
		throw new Error(`the ${name} e2e build failed (exit ${result.code})`);
	}
	console.log(
		`built the ${name} e2e site (base ${site.basePath}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
	);
}
