/**
 * Every kind of page (e2e/support/page-types.ts) in real Chromium: no axe-core violations of any
 * impact in light and dark at phone and desktop widths, and all its text shown with JavaScript off.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './support/page-types.ts';
import { siteOrigin } from './sites.ts';

const SAMPLES = PAGE_TYPES.flatMap((type) => type.samples.map((sample) => ({ ...sample, status: type.status ?? 200 })));

async function open(page: Page, path: string, status: number): Promise<void> {
	const response = await page.goto(`./${path}`);
	expect(response?.status(), `status of /${path}`).toBe(status);
}

for (const sample of SAMPLES) {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const width of [360, 1280]) {
			test(`axe: ${sample.label} (/${sample.path}), ${colorScheme}, ${width} px`, async ({ page }) => {
				await page.setViewportSize({ width, height: 800 });
				await page.emulateMedia({ colorScheme });
				await open(page, sample.path, sample.status);
				const { violations } = await new AxeBuilder({ page }).analyze();
				const found = violations.map((v) => `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('; ')}`);
				expect(found).toEqual([]);
			});
		}
	}
}

/** The text of every block in <main> that is rendered and visible, in document order. */
async function visibleText(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, pre, blockquote)')]
			.filter((element) => {
				const box = element.getBoundingClientRect();
				return (element.textContent ?? '').trim() !== '' && element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 0 && box.height > 0;
			})
			.map((element) => (element.textContent ?? '').replace(/\s+/gu, ' ').trim()),
	);
}

for (const sample of SAMPLES) {
	test(`with JavaScript off, ${sample.label} (/${sample.path}) shows all the text it shows with JavaScript on`, async ({ page, browser }) => {
		await open(page, sample.path, sample.status);
		const withScript = await visibleText(page);
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: siteOrigin('root') });
		try {
			const noScriptPage = await context.newPage();
			await open(noScriptPage, sample.path, sample.status);
			await expect(noScriptPage.getByRole('heading', { level: 1 })).toBeVisible();
			const withoutScript = new Set(await visibleText(noScriptPage));
			expect(withScript.length, 'visible text blocks in <main>').toBeGreaterThan(0);
			expect(withScript.filter((text) => !withoutScript.has(text)), 'text that needs JavaScript to be seen').toEqual([]);
		} finally {
			await context.close();
		}
	});
}
