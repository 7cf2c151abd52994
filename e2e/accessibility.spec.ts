/**
 * Every kind of page (e2e/support/page-types.ts) in real Chromium: no axe-core violations of any
 * impact in light and dark at phone and desktop widths, and all its text shown with JavaScript off.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
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

for (const sample of SAMPLES) {
	test(`axe: ${sample.label} (/${sample.path}) in light and dark at 360 and 1280 px`, async ({ page }) => {
		// Four axe runs on one load (restyled in place): more than the default 30 s on a busy 2-core machine.
		test.setTimeout(120_000);
		await open(page, sample);
		const found: string[] = [];
		for (const { width, colorScheme } of VARIANTS) {
			await page.setViewportSize({ width, height: 800 });
			await page.emulateMedia({ colorScheme });
			const { violations } = await new AxeBuilder({ page }).analyze();
			for (const v of violations) {
				found.push(
					`${colorScheme} ${width} px: ${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.nodes
						.slice(0, 5)
						.map((n) => n.target.join(' '))
						.join('; ')}`,
				);
			}
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
