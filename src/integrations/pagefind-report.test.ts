import { describe, expect, test } from 'vitest';
import { formatPagefindReport, isIndexFile, parsePagefindReport } from './pagefind-report.ts';

describe('isIndexFile', () => {
	test('counts index chunks, fragments, filters and the metadata file', () => {
		for (const path of [
			'index/en-us_23e2e24.pf_index',
			'fragment/en-us_3e14579.pf_fragment',
			'filter/en-us_1a.pf_filter',
			'pagefind.en-us_8c341e435249a.pf_meta',
			'2025/index/en-us_23e2e24.pf_index',
			'2025/fragment/en-us_3e14579.pf_fragment',
			'2025/pagefind.en-us_8c341e435249a.pf_meta',
			'2025-01-to-11/index/en-us_23e2e24.pf_index',
			'2025-12/filter/en-us_1a.pf_filter',
		]) {
			expect(isIndexFile(path), path).toBe(true);
		}
	});

	test('leaves out the scripts, styles, WebAssembly and entry file whose size does not depend on the content', () => {
		for (const path of [
			'pagefind.js',
			'pagefind-worker.js',
			'pagefind-ui.css',
			'wasm.en-us.pagefind',
			'pagefind-entry.json',
			'2025/pagefind.js',
			'2025/pagefind-entry.json',
		]) {
			expect(isIndexFile(path), path).toBe(false);
		}
	});

	test('accepts Windows separators', () => {
		expect(isIndexFile('fragment\\en-us_3e14579.pf_fragment')).toBe(true);
	});
});

describe('formatPagefindReport', () => {
	test('gives pages, whole milliseconds and sizes in KiB and exact bytes', () => {
		expect(formatPagefindReport({ pages: 37, milliseconds: 411.6, indexBytes: 100_563, bundleBytes: 654_321 })).toBe(
			'indexed 37 pages in 412 ms: index 98.2 KiB (100563 bytes), bundle 639.0 KiB (654321 bytes)',
		);
	});

	test('says how many search bundles were indexed and how many reused', () => {
		const report = { pages: 3, milliseconds: 5, indexBytes: 10, bundleBytes: 20, bundles: { indexed: 1, reused: 2 } };
		expect(formatPagefindReport(report)).toMatch(/; search bundles: 1 indexed, 2 reused$/u);
		expect(parsePagefindReport(formatPagefindReport(report))?.pages).toBe(3);
	});

	test('says "page" for one page', () => {
		expect(formatPagefindReport({ pages: 1, milliseconds: 5, indexBytes: 10, bundleBytes: 20 })).toMatch(
			/^indexed 1 page in 5 ms/u,
		);
	});
});

describe('parsePagefindReport', () => {
	test('reads back what formatPagefindReport wrote, from the middle of a build log', () => {
		const report = { pages: 37, milliseconds: 412, indexBytes: 100_563, bundleBytes: 654_321 };
		const log = `12:00:01 [build] Complete!\n12:00:01 [news-reader:pagefind] ${formatPagefindReport(report)}\n`;
		expect(parsePagefindReport(log)).toEqual(report);
	});

	test('is undefined when the output holds no report', () => {
		expect(parsePagefindReport('12:00:01 [build] Complete!')).toBeUndefined();
	});
});
