import { expect, test, type Page } from '@playwright/test';
import { parseSrcset } from 'srcset';

/** The fixture article with a lead image and a body figure (test/fixtures/site-corpus.ts, PICTURED). */
const ARTICLE = './2023/10/19/fixture-10/';

/** Collects layout shifts from the first paint on, for the cumulative layout shift. */
async function watchLayoutShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const shifts: number[] = [];
		Object.assign(window, { __shifts: shifts });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

for (const { width, height, candidate } of [
	{ width: 360, height: 780, candidate: '360w' },
	{ width: 1280, height: 900, candidate: '720w' },
]) {
	test(`at ${width} px the lead image shows its ${candidate} AVIF, small enough, with no layout shift`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height });
		await watchLayoutShifts(page);
		const transferred = new Map<string, number>();
		page.on('response', async (response) => {
			if (response.request().resourceType() === 'image')
				transferred.set(response.url(), (await response.body().catch(() => Buffer.alloc(0))).length);
		});
		await page.goto(ARTICLE);
		const img = page.locator('figure.lead-figure img');
		await expect(img).toBeVisible();
		await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
		const srcset = (await page.locator('figure.lead-figure source[type="image/avif"]').getAttribute('srcset')) ?? '';
		const expected = parseSrcset(srcset).find((c) => `${String(c.width)}w` === candidate)?.url;
		expect(expected).toBeTruthy();
		const currentSrc = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
		expect(new URL(currentSrc).pathname).toBe(expected);
		// The picture fills the column and keeps the ratio its width and height attributes promise.
		const box = await img.boundingBox();
		expect(box?.width).toBeGreaterThan(width < 500 ? 300 : 600);
		expect(Math.abs((box?.width ?? 0) / (box?.height ?? 1) - 16 / 9)).toBeLessThan(0.02);
		await expect.poll(() => transferred.get(currentSrc)).toBeGreaterThan(0);
		expect(transferred.get(currentSrc)).toBeLessThanOrEqual(60 * 1024);
		await page.locator('.article__body figure img').scrollIntoViewIfNeeded();
		const shift = await page.evaluate(() =>
			(window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0),
		);
		expect(shift).toBe(0);
	});
}

test('the body figure loads lazily, with its caption', async ({ page }) => {
	await page.goto(ARTICLE);
	const figure = page.locator('.article__body figure').filter({ hasText: 'A generated body figure.' });
	await expect(figure.locator('img')).toHaveAttribute('loading', 'lazy');
	await figure.scrollIntoViewIfNeeded();
	await expect.poll(() => figure.locator('img').evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
});
