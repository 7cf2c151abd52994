/**
 * The tag index and the date index in real Chromium, on the root build of the fixture corpus plus
 * the real content: the seed article is reachable from each of its tags, /tags/, its year, month
 * and day pages and /archive/; nothing overflows a 360 px screen (axe-core: e2e/accessibility.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROOT, siteOrigin } from './sites.ts';

const seedSource = readFileSync(join(ROOT, 'content', 'trump-putin-ukraine-peace-talks.md'), 'utf8');
const headline = /^title: (.*)$/mu.exec(seedSource)?.[1] ?? '';
const seedTags = [...(/^tags:\n((?: {2}- .*\n)+)/mu.exec(seedSource)?.[1] ?? '').matchAll(/- (.*)/gu)].map(
	(m) => m[1] ?? '',
);
const SEED = './2025/02/12/trump-putin-ukraine-peace-talks/';
const SEED_URL = /\/2025\/02\/12\/trump-putin-ukraine-peace-talks\/$/u;

/** Follows the link to the seed article from the current page and checks it arrives. */
async function openSeedFrom(page: Page): Promise<void> {
	await page.getByRole('link', { name: headline, exact: true }).first().click();
	await expect(page).toHaveURL(SEED_URL);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
}

test.describe('the tag index', () => {
	test('the seed names its five tags', () => {
		expect(seedTags).toEqual(['Ukraine', 'Russia', 'Donald Trump', 'Vladimir Putin', 'Diplomacy']);
	});

	test('from the seed article, clicking a tag opens its page, which lists the article', async ({ page }) => {
		await page.goto(SEED);
		await page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'Ukraine', exact: true }).click();
		await expect(page).toHaveURL(/\/tags\/ukraine\/$/u);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ukraine');
		await expect(page.getByText(/^1 article ·/u)).toBeVisible();
		await openSeedFrom(page);
	});

	test('the seed is reachable from each of its tag pages', async ({ page }) => {
		await page.goto(SEED);
		const hrefs = await page
			.getByRole('region', { name: 'Topics' })
			.getByRole('link')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs).toHaveLength(seedTags.length);
		for (const href of hrefs) {
			await page.goto(href);
			await openSeedFrom(page);
		}
	});

	test('/tags/ lists every tag by count and A to Z, and leads to the seed', async ({ page }) => {
		await page.goto('./tags/');
		const byCount = page.getByRole('region', { name: 'Most covered' }).getByRole('listitem');
		await expect(byCount.first()).toContainText(/^Harbour \d+ articles$/u);
		const aToZ = page.getByRole('region', { name: 'A to Z' });
		for (const tag of seedTags) await expect(aToZ.getByRole('link', { name: tag, exact: true })).toHaveCount(1);
		await aToZ.getByRole('link', { name: 'Diplomacy', exact: true }).click();
		await expect(page).toHaveURL(/\/tags\/diplomacy\/$/u);
		await openSeedFrom(page);
	});

	test('a tag with more articles than its page leads to archive pages that stay put, and shows its feeds', async ({
		page,
	}) => {
		await page.goto('./tags/harbour/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour');
		await expect(page.getByRole('article')).toHaveCount(10);
		const feeds = page.getByText(/^Follow this topic:/u);
		await expect(feeds.getByRole('link', { name: 'RSS' })).toHaveAttribute('href', /\/tags\/harbour\/rss\.xml$/u);
		const older = page.getByRole('navigation', { name: 'Older articles on this topic' });
		await expect(older.getByRole('link', { name: /^20\d\d$/u }).first()).toBeVisible();
		await older.getByRole('link', { name: /Older articles/u }).click();
		// Numbered from the oldest article: page 1 is the topic's beginning, whatever is published later.
		await expect(page).toHaveURL(/\/tags\/harbour\/1\/$/u);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Harbour: .+ to .+$/u);
		await expect(
			page
				.getByRole('listitem')
				.filter({ has: page.getByRole('link') })
				.first(),
		).toBeVisible();
		await page.getByRole('link', { name: 'Harbour: latest' }).click();
		await expect(page).toHaveURL(/\/tags\/harbour\/$/u);
	});
});

test.describe('the date index', () => {
	test('from the seed article, clicking the date opens the day page, which lists the article', async ({ page }) => {
		await page.goto(SEED);
		await page.getByRole('link', { name: 'Feb. 12, 2025' }).click();
		await expect(page).toHaveURL(/\/2025\/02\/12\/$/u);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feb. 12, 2025');
		await openSeedFrom(page);
	});

	test('the article footer links its month and year', async ({ page }) => {
		await page.goto(SEED);
		const filed = page.getByText(/^Filed under/u);
		await filed.getByRole('link', { name: 'February 2025' }).click();
		await expect(page).toHaveURL(/\/2025\/02\/$/u);
		await page.goBack();
		await filed.getByRole('link', { name: '2025', exact: true }).click();
		await expect(page).toHaveURL(/\/2025\/$/u);
	});

	test('/2025/02/ shows the 12th linked in its calendar, with its count', async ({ page }) => {
		await page.goto('./2025/02/');
		const calendar = page.getByRole('table', { name: 'February 2025' });
		await expect(calendar.getByRole('columnheader')).toHaveCount(7);
		const twelfth = calendar.getByRole('link', { name: 'Feb. 12, 2025, 1 article' });
		await expect(twelfth).toHaveAttribute('href', '/2025/02/12/');
		await expect(calendar.getByRole('link')).toHaveCount(1);
		await twelfth.click();
		await expect(page).toHaveURL(/\/2025\/02\/12\/$/u);
		await openSeedFrom(page);
	});

	test('/2025/02/ then lists the articles by day and leads to the seed', async ({ page }) => {
		await page.goto('./2025/02/');
		await expect(page.getByRole('heading', { level: 2, name: 'Feb. 12, 2025' })).toBeVisible();
		await openSeedFrom(page);
	});

	test('/2025/ shows its months with counts and leads to the seed', async ({ page }) => {
		await page.goto('./2025/');
		await expect(page.getByRole('region', { name: 'Months' }).getByRole('listitem')).toHaveText([
			'February 2025 1 article',
		]);
		await openSeedFrom(page);
	});

	test('/archive/ links to February 2025, and from there to the seed', async ({ page }) => {
		await page.goto('./archive/');
		await expect(page.getByRole('region', { name: /^2024/u }).getByRole('listitem').first()).toContainText(
			/^January 2024 \d+ articles?$/u,
		);
		await page.getByRole('link', { name: 'February 2025' }).click();
		await expect(page).toHaveURL(/\/2025\/02\/$/u);
		await openSeedFrom(page);
	});

	test('each date page links the nearest earlier and later periods that have articles', async ({ page }) => {
		await page.goto('./2025/02/');
		const months = page.getByRole('navigation', { name: 'Earlier and later months' });
		await expect(months.getByRole('link')).toHaveCount(1);
		await months.getByRole('link', { name: 'December 2024' }).click();
		await expect(page).toHaveURL(/\/2024\/12\/$/u);
		await page
			.getByRole('navigation', { name: 'Earlier and later months' })
			.getByRole('link', { name: 'February 2025' })
			.click();
		await expect(page).toHaveURL(/\/2025\/02\/$/u);
		await page.goto('./2025/');
		await expect(
			page.getByRole('navigation', { name: 'Earlier and later years' }).getByRole('link', { name: '2024' }),
		).toHaveAttribute('href', '/2024/');
		await page.goto('./2025/02/12/');
		await expect(page.getByRole('navigation', { name: 'Earlier and later days' }).getByRole('link')).toHaveCount(1);
	});

	test('under a base path the calendar links stay inside it', async ({ page }) => {
		await page.goto(`${siteOrigin('news')}2025/02/`);
		const twelfth = page
			.getByRole('table', { name: 'February 2025' })
			.getByRole('link', { name: 'Feb. 12, 2025, 1 article' });
		await expect(twelfth).toHaveAttribute('href', '/news/2025/02/12/');
		await twelfth.click();
		await openSeedFrom(page);
		await expect(page).toHaveURL(/\/news\/2025\/02\/12\/trump-putin-ukraine-peace-talks\/$/u);
	});
});

test.describe('more on this topic', () => {
	test('an article sharing tags with others lists up to four of them, and they open', async ({ page }) => {
		await page.goto('./tags/harbour/');
		await page.getByRole('article').first().getByRole('heading').getByRole('link').click();
		const related = page.getByRole('region', { name: 'More on this topic' });
		const links = related.getByRole('link');
		await expect(links).toHaveCount(4);
		const title = await links.first().textContent();
		await links.first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
	});

	test('the seed, sharing no tag with another article, has no such section', async ({ page }) => {
		await page.goto(SEED);
		await expect(page.getByRole('heading', { name: 'More on this topic' })).toHaveCount(0);
	});
});

const PAGES = [
	['topics', './tags/'],
	['tag', './tags/ukraine/'],
	['tag-archive-page', './tags/harbour/1/'],
	['year', './2025/'],
	['busy-year', './2024/'],
	['month', './2025/02/'],
	['day', './2025/02/12/'],
	['archive', './archive/'],
] as const;

// axe-core checks these pages (and an article with related links) in e2e/accessibility.spec.ts.
test.describe('layout', () => {
	for (const width of [360, 1280]) {
		for (const colorScheme of ['light', 'dark'] as const) {
			test(`nothing overflows at ${width} px, ${colorScheme}; screenshots for review`, async ({ page }) => {
				test.setTimeout(120_000);
				await page.setViewportSize({ width, height: 900 });
				await page.emulateMedia({ colorScheme });
				for (const [name, path] of PAGES) {
					await page.goto(path);
					const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
					expect(overflow, `${name} overflows at ${width} px`).toBeLessThanOrEqual(0);
					await page.screenshot({
						path: join(ROOT, '.cache', 'screenshots', `indexes-${name}-${width}-${colorScheme}.png`),
						fullPage: true,
					});
				}
			});
		}
	}
});
