/**
 * Every kind of page (e2e/support/page-types.ts) in real Chromium: no axe-core violations of any
 * impact in light and dark at phone and desktop widths, and all its text shown with JavaScript off.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { PAGE_TYPES } from './support/page-types.ts';
import { siteOrigin } from './sites.ts';

const SAMPLES = PAGE_TYPES.flatMap((type) => type.samples.map((sample) => ({ ...sample, status: type.status ?? 200 })));

/** Opens a sample and waits for what its scripts fill in. */
async function open(page: Page, sample: (typeof SAMPLES)[number]): Promise<void> {
	const response = await page.goto(`./${sample.path}`);
	expect(response?.status(), `status of /${sample.path}`).toBe(sample.status);
	// The first search compiles Pagefind's WebAssembly, which takes seconds on a busy machine (a wait, not a speed test).
	if (sample.ready) await expect(page.locator(sample.ready).first()).toBeVisible({ timeout: 20_000 });
}

const VARIANTS = [360, 1280].flatMap((width) =>
	(['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })),
);

test('the axe check reports what it is shown: an image without text, grey on grey, only in dark', async ({ page }) => {
	await page.setContent(
		'<!doctype html><html lang="en"><head><title>t</title><style>@media (prefers-color-scheme: dark) ' +
			'{ p { color: #444; background: #333; } }</style></head><body><main><h1>t</h1><img src="data:,">' +
			'<p>Some text</p></main></body></html>',
	);
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await axeViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await axeViolations(page);
	expect(light.map((v) => v.split(' ')[0])).toEqual(['image-alt']);
	expect(dark.map((v) => v.split(' ')[0])).toEqual(['color-contrast', 'image-alt']);
});

for (const sample of SAMPLES) {
	test(`axe: ${sample.label} (/${sample.path}) in light and dark at 360 and 1280 px`, async ({ page }) => {
		await open(page, sample);
		const found: string[] = [];
		for (const { width, colorScheme } of VARIANTS) {
			await page.setViewportSize({ width, height: 800 });
			await page.emulateMedia({ colorScheme });
			for (const violation of await axeViolations(page)) found.push(`${colorScheme} ${width} px: ${violation}`);
		}
		expect(found).toEqual([]);
	});
}

/** The text of every block in <main> that is rendered and visible, in document order. */
async function visibleText(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[
			...document.querySelectorAll(
				'main :is(h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, pre, blockquote)',
			),
		]
			.filter((element) => {
				const box = element.getBoundingClientRect();
				return (
					(element.textContent ?? '').trim() !== '' &&
					element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
					box.width > 0 &&
					box.height > 0
				);
			})
			.map((element) => (element.textContent ?? '').replace(/\s+/gu, ' ').trim()),
	);
}

// Pages as served: a state a script builds (search results) has no JavaScript-free version to compare.
for (const sample of SAMPLES.filter((s) => s.ready === undefined)) {
	test(`with JavaScript off, ${sample.label} (/${sample.path}) shows all the text it shows with JavaScript on`, async ({
		page,
		browser,
	}) => {
		await open(page, sample);
		const withScript = await visibleText(page);
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: siteOrigin('root') });
		try {
			const noScriptPage = await context.newPage();
			await open(noScriptPage, sample);
			await expect(noScriptPage.getByRole('heading', { level: 1 })).toBeVisible();
			const withoutScript = new Set(await visibleText(noScriptPage));
			expect(withScript.length, 'visible text blocks in <main>').toBeGreaterThan(0);
			expect(
				withScript.filter((text) => !withoutScript.has(text)),
				'text that needs JavaScript to be seen',
			).toEqual([]);
		} finally {
			await context.close();
		}
	});
}
