import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './sites.ts';

const seed = readFileSync(join(ROOT, 'content', 'trump-putin-ukraine-peace-talks.md'), 'utf8');
const headline = /^title: (.*)$/mu.exec(seed)?.[1] ?? '';
const firstParagraph = seed.split('\n---\n')[1]?.trim().split('\n\n')[0] ?? '';

test.describe('the reader', () => {
	test('home → click the seed article → its headline and first paragraph are visible, with no console errors', async ({
		page,
	}) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('./');
		await page.getByRole('link', { name: headline }).first().click();
		await expect(page).toHaveURL(/\/2025\/02\/12\/trump-putin-ukraine-peace-talks\/$/u);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
		await expect(page.getByText(firstParagraph, { exact: true })).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('the article loads no JavaScript', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto('./2025/02/12/trump-putin-ukraine-peace-talks/');
		// JSON-LD is data for crawlers, not code: any other <script> would be JavaScript.
		expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
		expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
		expect(scripts).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the article text is all there', async ({ page }) => {
		await page.goto('./2025/02/12/trump-putin-ukraine-peace-talks/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
		await expect(page.getByText(firstParagraph, { exact: true })).toBeVisible();
	});
});

for (const width of [360, 1280]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`screenshot of home and article at ${width} px, ${colorScheme}`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme });
			for (const [name, path] of [
				['home', './'],
				['article', './2025/02/12/trump-putin-ukraine-peace-talks/'],
			] as const) {
				await page.goto(path);
				// Nothing may overflow the viewport sideways: a phone reader never scrolls horizontally.
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, `${name} overflows at ${width} px`).toBeLessThanOrEqual(0);
				await page.screenshot({
					path: join(ROOT, '.cache', 'screenshots', `${name}-${width}-${colorScheme}.png`),
					fullPage: true,
				});
			}
		});
	}
}
