/**
 * Checks every built HTML page of both e2e builds, without a browser: valid HTML by html-validate's
 * recommended, accessibility and document presets (.htmlvalidate.json), a lang, an h1 and a
 * description, unique titles and descriptions, and a kind of page the browser checks know about.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { builtPages } from './support/built-files.ts';
import { duplicates, outlineProblems, pageOutline, type PageOutline } from './support/outline.ts';
import { pageTypeOf } from './support/page-types.ts';
import { pagePath } from './support/crawl.ts';
import { ROOT, SITES } from './sites.ts';

/** Each built page of a site with its HTML, by the path readers use. */
async function readPages(outDir: string, basePath: string): Promise<Map<string, string>> {
	const pages = new Map<string, string>();
	for (const file of await builtPages(outDir))
		pages.set(pagePath(file, basePath), await readFile(join(outDir, file), 'utf8'));
	return pages;
}

const config = JSON.parse(await readFile(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;

for (const [name, site] of Object.entries(SITES)) {
	test.describe(`every page of the ${name} build (base ${site.basePath})`, () => {
		let pages: Map<string, string>;
		test.beforeAll(async () => {
			pages = await readPages(site.outDir, site.basePath);
		});

		test('is valid HTML by html-validate (recommended, a11y and document presets)', async () => {
			const validator = new HtmlValidate(config);
			const errors: string[] = [];
			for (const [path, html] of pages) {
				const report = await validator.validateString(html, path);
				for (const message of report.results.flatMap((r) => r.messages)) {
					errors.push(`${path}:${message.line}:${message.column} [${message.ruleId}] ${message.message}`);
				}
			}
			expect(pages.size).toBeGreaterThan(1);
			expect(errors).toEqual([]);
		});

		// A missing lang or title, an empty title, a second h1, skipped levels and empty headings are
		// html-validate's (above); it accepts a blank lang.
		test('has a lang, an h1 and a description', () => {
			const problems = [...pages].flatMap(([path, html]) =>
				outlineProblems(pageOutline(html)).map((p) => `${path}: ${p}`),
			);
			expect(problems).toEqual([]);
		});

		test('has a title and a description no other page shares', () => {
			const outlines = new Map<string, PageOutline>([...pages].map(([path, html]) => [path, pageOutline(html)]));
			expect(duplicates(new Map([...outlines].map(([path, o]) => [path, o.title]))), 'shared titles').toEqual([]);
			expect(
				duplicates(new Map([...outlines].map(([path, o]) => [path, o.description]))),
				'shared descriptions',
			).toEqual([]);
		});

		test('is of a kind listed in e2e/support/page-types.ts, so the browser checks cover it', () => {
			const unlisted = [...pages.keys()]
				.map((path) => path.slice(site.basePath.length))
				.filter((path) => pageTypeOf(path) === undefined);
			// A few examples are enough to see which kind of page is missing.
			expect(unlisted.length, `pages of no listed kind, e.g. ${unlisted.slice(0, 5).join(', ')}`).toBe(0);
		});
	});
}
