/**
 * Crawls both e2e builds from their home page over HTTP: every link, asset, feed and sitemap entry
 * must answer 200 directly (no redirect), stay under the base path, and every built page must be
 * reachable by following links.
 */
import { expect, test } from '@playwright/test';
import { crawlSite, describeProblems } from './support/crawl.ts';
import { builtFiles } from './support/built-files.ts';
import { E2E_SITE_URL, SITES } from './sites.ts';

for (const [name, site] of Object.entries(SITES)) {
	test(`the ${name} build (base ${site.basePath}) has no broken links or assets and no orphan pages`, async ({
		request,
	}) => {
		const files = new Set(await builtFiles(site.outDir));
		const localOrigin = `http://127.0.0.1:${site.port}`;
		const start = [site.basePath, ...(files.has('robots.txt') ? [`${site.basePath}robots.txt`] : [])];
		const report = await crawlSite(
			{ localOrigin, publicOrigin: E2E_SITE_URL, basePath: site.basePath, files },
			start,
			async (path) => {
				const response = await request.get(localOrigin + path, { maxRedirects: 0 });
				return { status: response.status(), body: response.status() === 200 ? await response.text() : '' };
			},
		);
		const pages = [...files].filter((file) => file.endsWith('.html'));
		// Guard against a crawl that silently stops at the home page.
		expect(report.fetched.size, 'pages and files fetched').toBeGreaterThanOrEqual(pages.length - 1);
		expect(describeProblems(report.problems), 'broken or redirected links').toEqual([]);
		expect(report.orphans, 'built pages no link reaches').toEqual([]);
		// Every article within 4 clicks of the front page (front → archive → year → month → article at worst).
		const articles = [...report.depths].filter(([path]) => /\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/u.test(path));
		expect(articles.length, 'article pages reached').toBeGreaterThan(10);
		expect(
			articles.filter(([, depth]) => depth > 4),
			'articles more than 4 clicks from the front page',
		).toEqual([]);
	});
}
