/**
 * The search page against both e2e builds (at the root and under /news/): Pagefind's index is part
 * of the build, the page finds the seed by a word only it holds, filters, sorts, says when nothing
 * matches, and without JavaScript points to the other ways in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { ROOT, SITES, siteOrigin } from './sites.ts';

const seed = readFileSync(join(ROOT, 'content', 'trump-putin-ukraine-peace-talks.md'), 'utf8');
const headline = /^title: (.*)$/mu.exec(seed)?.[1] ?? '';
const SEED_PATH = '2025/02/12/trump-putin-ukraine-peace-talks/';
/** A word only the seed article holds. */
const RARE_WORD = 'Lyovochkin';
const NONSENSE = 'xqzvjwkplmtrb';

// The first search downloads and compiles Pagefind's WebAssembly: on a busy two-core machine that
// takes seconds, so assertions wait longer than Playwright's default 5 s (a wait, not a speed test).
const expect = baseExpect.configure({ timeout: 20_000 });

/** Console errors, uncaught exceptions, policy violations and failed requests on `page`. */
async function watchProblems(page: Page): Promise<string[]> {
	const problems: string[] = [];
	await page.exposeFunction('reportSearchPolicyViolation', (text: string) => problems.push(`CSP: ${text}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportSearchPolicyViolation: (text: string) => void })
				.reportSearchPolicyViolation;
			report(`${event.effectiveDirective} refused ${event.blockedURI || '(inline)'}`);
		});
	});
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
	});
	return problems;
}

for (const site of Object.keys(SITES) as (keyof typeof SITES)[]) {
	const origin = siteOrigin(site);
	const { basePath } = SITES[site];

	test.describe(`search at ${origin}`, () => {
		test(`finds the seed by “${RARE_WORD}”, keeps it under one of its tags, and says when nothing matches`, async ({
			page,
		}) => {
			const problems = await watchProblems(page);
			await page.goto(`${origin}search/`);
			const box = page.getByRole('searchbox', { name: 'Search articles' });
			const status = page.getByRole('status');
			const results = page.locator('.search__results > li');

			await box.fill(RARE_WORD);
			await expect(status).toHaveText(`1 result for “${RARE_WORD}”.`);
			const first = results.first();
			const link = first.getByRole('link', { name: headline });
			await expect(link).toHaveAttribute('href', `${basePath}${SEED_PATH}`);
			await expect(first.locator('time')).toHaveAttribute('datetime', '2025-02-12T00:00:00-05:00');
			await expect(first.locator('mark')).toHaveText([RARE_WORD]);
			await expect(page).toHaveURL(`${origin}search/?q=${RARE_WORD}`);

			await page.getByLabel('Topic').selectOption('Ukraine');
			await expect(status).toHaveText(`1 result for “${RARE_WORD}” tagged Ukraine.`);
			await expect(results.first().getByRole('link', { name: headline })).toBeVisible();

			await box.fill(NONSENSE);
			await expect(status).toHaveText(`No results for “${NONSENSE}” tagged Ukraine.`);
			await expect(results).toHaveCount(0);
			await page.getByLabel('Topic').selectOption('');
			await expect(status).toHaveText(`No results for “${NONSENSE}”.`);
			await expect(page.getByText('Try other or fewer words')).toBeVisible();

			await box.fill(RARE_WORD);
			await results.first().getByRole('link', { name: headline }).click();
			await expect(page).toHaveURL(`${origin}${SEED_PATH}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
			expect(problems).toEqual([]);
		});

		test('sorts newest first on request, and lists a year’s articles without words', async ({ page }) => {
			const problems = await watchProblems(page);
			// The fixture corpus repeats “lorem” in many articles over two years.
			await page.goto(`${origin}search/?q=lorem&sort=newest`);
			await expect(page.getByLabel('Order')).toHaveValue('newest');
			const times = page.locator('.search__results > li time');
			await expect(times).toHaveCount(10);
			// Every result, across the search bundles (merged in the browser), newest first.
			const more = page.getByRole('button', { name: 'Show more results' });
			await expect(more).toBeVisible();
			while (await more.isVisible()) {
				const shown = await times.count();
				await more.click();
				await expect(times).not.toHaveCount(shown);
			}
			const instants = (
				await times.evaluateAll((elements) => elements.map((e) => e.getAttribute('datetime') ?? ''))
			).map((iso) => Date.parse(iso));
			expect(instants.every((instant) => Number.isFinite(instant))).toBe(true);
			expect(instants).toEqual([...instants].sort((a, b) => b - a));
			const years = new Set(instants.map((instant) => new Date(instant).getUTCFullYear()));
			expect([...years]).toEqual(expect.arrayContaining([2023, 2024]));
			const total = /^(\d+) results for “lorem”\.$/u.exec((await page.getByRole('status').textContent()) ?? '');
			expect(Number(total?.[1])).toBe(instants.length);

			await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
			await page.getByLabel('Year').selectOption('2025');
			await expect(page.getByRole('status')).toHaveText('1 result in 2025.');
			await expect(page.locator('.search__results > li').getByRole('link', { name: headline })).toBeVisible();
			expect(problems).toEqual([]);
		});

		test('only the search page loads search code', async ({ page }) => {
			const loaded: string[] = [];
			page.on('request', (request) => {
				if (request.url().includes('/pagefind/')) loaded.push(request.url());
			});
			for (const path of ['', SEED_PATH]) await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
			expect(loaded).toEqual([]);
			await page.goto(`${origin}search/`, { waitUntil: 'networkidle' });
			// The newest bundle (the newest month, src/lib/search-bundles.ts) brings Pagefind's script; the
			// other bundles' indexes are merged into it.
			expect(loaded).toContain(`${origin}pagefind/2025-02/pagefind.js`);
			expect(loaded.some((url) => url.startsWith(`${origin}pagefind/2024/`))).toBe(true);
		});
	});

	test.describe(`search at ${origin} without JavaScript`, () => {
		test.use({ javaScriptEnabled: false });

		test('says search needs JavaScript and links to the topics and the archive', async ({ page }) => {
			await page.goto(`${origin}search/`);
			// Playwright's text matchers skip <noscript>, whose children only exist without JavaScript.
			const fallback = page.locator('.search__nojs');
			await expect(fallback).toBeVisible();
			expect(await fallback.innerText()).toMatch(/^Search needs JavaScript\b/u);
			await expect(fallback.getByRole('link', { name: 'topic' })).toHaveAttribute('href', `${basePath}tags/`);
			await expect(fallback.getByRole('link', { name: 'the archive' })).toHaveAttribute('href', `${basePath}archive/`);
			await expect(page.getByRole('searchbox')).toBeHidden();
		});
	});
}

for (const width of [360, 1280]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`screenshot of search results at ${width} px, ${colorScheme}`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme });
			await page.goto(`${siteOrigin('news')}search/?q=lorem&year=2024&sort=newest`);
			await expect(page.getByRole('status')).toHaveText(/^\d+ results for “lorem” in 2024\.$/u);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `search overflows at ${width} px`).toBeLessThanOrEqual(0);
			await page.screenshot({
				path: join(ROOT, '.cache', 'screenshots', `search-${width}-${colorScheme}.png`),
				fullPage: true,
			});
		});
	}
}
