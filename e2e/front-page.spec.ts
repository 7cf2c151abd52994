/**
 * The front page and the listings as a reader sees them in Chromium: the front page's parts, the
 * masthead's "you are here", the day page's headline style, the line length of an article on every
 * serif this machine has, print, and the 404 page's search box.
 */
import { expect, test } from '@playwright/test';
import { SEED_PATH } from './support/page-types.ts';

test('the front page leads with the newest story, then secondary stories, latest headlines, topics and the archive', async ({
	page,
}) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/the latest news$/u);
	const top = page.getByRole('region', { name: 'Top stories' });
	// The seed is the newest article of the fixture site.
	await expect(top.getByRole('article').first().getByRole('heading', { level: 2 })).toHaveText(
		/^Trump says he expects to meet Putin/u,
	);
	await expect(top.getByRole('article')).toHaveCount(5);
	await expect(page.getByRole('region', { name: 'Latest' }).getByRole('listitem').first()).toBeVisible();
	const topics = page.getByRole('region', { name: 'Topics' });
	await expect(topics.getByRole('heading', { level: 3 }).first()).toBeVisible();
	await expect(page.getByRole('region', { name: 'Archive' }).getByRole('link', { name: '2024' })).toBeVisible();
	// No headline twice on one page.
	const hrefs = await page
		.locator('main a[href*="/20"]')
		.evaluateAll((links) =>
			links.map((a) => a.getAttribute('href')).filter((h) => /\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/u.test(h ?? '')),
		);
	expect(new Set(hrefs).size).toBe(hrefs.length);
	expect(await page.getByRole('navigation', { name: 'Pages' }).count()).toBe(0);
});

test('the masthead marks the page the reader is on, and the section of the page', async ({ page }) => {
	const nav = page.getByRole('navigation', { name: 'Site' });
	await page.goto('./');
	await expect(nav.getByRole('link', { name: 'Front page' })).toHaveAttribute('aria-current', 'page');
	await page.goto('./tags/harbour/');
	await expect(nav.getByRole('link', { name: 'Topics' })).toHaveAttribute('aria-current', 'true');
	await expect(nav.getByRole('link', { name: 'Front page' })).not.toHaveAttribute('aria-current');
	await page.goto('./2025/02/');
	await expect(nav.getByRole('link', { name: 'Archive' })).toHaveAttribute('aria-current', 'true');
});

test('a day page sets its card headlines in the card style, not the section heading style', async ({ page }) => {
	await page.goto('./2025/02/12/');
	const headline = page.locator('.card__title').first();
	const style = await headline.evaluate((el) => {
		const s = getComputedStyle(el);
		return { family: s.fontFamily, marginTop: s.marginTop };
	});
	const serif = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--serif'));
	expect(style.family.replace(/\s/gu, '')).toBe(serif.replace(/\s/gu, ''));
	expect(style.marginTop).toBe('0px');
	// One rule between the day links and the first card, not two.
	const firstCardBorder = await page
		.locator('.article-list > li')
		.first()
		.evaluate((el) => getComputedStyle(el).borderTopStyle);
	expect(firstCardBorder).toBe('none');
});

/** The median number of characters on a full line of the article's longest paragraph. */
async function charactersPerLine(page: import('@playwright/test').Page): Promise<number> {
	return page.evaluate(() => {
		const paragraphs = [...document.querySelectorAll('.prose p')];
		const longest = paragraphs.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
		const walker = document.createTreeWalker(longest ?? document.body, NodeFilter.SHOW_TEXT);
		const lines = new Map<number, number>();
		const range = document.createRange();
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const length = node.textContent?.length ?? 0;
			for (let i = 0; i < length; i++) {
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				const top = Math.round(range.getBoundingClientRect().top);
				lines.set(top, (lines.get(top) ?? 0) + 1);
			}
		}
		// The last line of a paragraph is short by nature.
		const counts = [...lines.values()].slice(0, -1).sort((a, b) => a - b);
		return counts[Math.floor(counts.length / 2)] ?? 0;
	});
}

for (const font of ['Liberation Serif', 'DejaVu Serif']) {
	test(`an article holds 60–75 characters a line on a wide screen in ${font}`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`./${SEED_PATH}`);
		// Through the CSSOM: the site's CSP rightly refuses an injected <style>.
		await page.evaluate((family) => {
			document.documentElement.style.setProperty('--serif', `'${family}', serif`);
		}, font);
		expect(
			await page
				.locator('.prose p')
				.first()
				.evaluate((el) => getComputedStyle(el).fontFamily),
		).toContain(font);
		const perLine = await charactersPerLine(page);
		expect(perLine).toBeGreaterThanOrEqual(60);
		expect(perLine).toBeLessThanOrEqual(75);
	});
}

test('in print, an article keeps its measure and leaves out the topic and "Filed under" links', async ({ page }) => {
	await page.goto(`./${SEED_PATH}`);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.article__filed')).toBeHidden();
	await expect(page.locator('.article__topics')).toBeHidden();
	const width = await page.locator('.article').evaluate((el) => el.getBoundingClientRect().width);
	const fontSize = await page
		.locator('.prose p')
		.first()
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(width / fontSize).toBeLessThan(40);
});

test('on a phone the article body starts on the first screen', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`./${SEED_PATH}`);
	const standfirst = await page
		.locator('.article__standfirst')
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize) / parseFloat(getComputedStyle(document.body).fontSize));
	expect(standfirst).toBeLessThanOrEqual(1.1);
	const bodyTop = await page
		.locator('.prose p')
		.first()
		.evaluate((el) => el.getBoundingClientRect().top);
	expect(bodyTop).toBeLessThan(740);
});

test('the 404 page offers a search box that opens the search page with the words', async ({ page }) => {
	await page.goto('./no-such-page/');
	const search = page.getByRole('search');
	await search.getByRole('searchbox', { name: 'Search the articles' }).fill('harbour');
	await search.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=harbour$/u);
});
