import { describe, expect, test } from 'vitest';
import { bundleDigest, pageDigest, planBundles } from './search-bundles.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('bundleDigest', () => {
	const page = { path: '2025/01/01/a/index.html', digest: pageDigest(bytes('<p>one</p>')) };

	test('is the digest of each page’s path and bytes, as before pages were digested one by one', () => {
		// The value bundles kept in a cache were recorded with: a change here would index every bundle again.
		expect(bundleDigest('pagefind 1.6.0', [page])).toBe(
			'b2d6dcf207a69a7716780ebab6647daa8358e239f4dc1b9c2fea1aef0425a18d',
		);
	});

	test('is the same for the same pages and indexer', () => {
		expect(bundleDigest('pagefind 1.6.0', [page])).toBe(bundleDigest('pagefind 1.6.0', [{ ...page }]));
	});

	test('changes with a page’s bytes, a page’s path, a page more, or another indexer', () => {
		const base = bundleDigest('pagefind 1.6.0', [page]);
		expect(bundleDigest('pagefind 1.6.0', [{ ...page, digest: pageDigest(bytes('<p>two</p>')) }])).not.toBe(base);
		expect(bundleDigest('pagefind 1.6.0', [{ ...page, path: '2025/01/01/b/index.html' }])).not.toBe(base);
		expect(bundleDigest('pagefind 1.6.0', [page, { ...page, path: '2025/01/02/c/index.html' }])).not.toBe(base);
		expect(bundleDigest('pagefind 1.7.0', [page])).not.toBe(base);
	});
});

describe('planBundles', () => {
	test('reuses unchanged bundles, rebuilds changed and new ones, drops vanished ones', () => {
		const plan = planBundles(
			{ '2025': 'a', '2024': 'b', '2023': 'c' },
			new Map([
				['2026', 'n'],
				['2025', 'a'],
				['2024', 'changed'],
			]),
		);
		expect(plan).toEqual({ reuse: ['2025'], rebuild: ['2026', '2024'], drop: ['2023'] });
	});
});
