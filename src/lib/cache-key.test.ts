import { describe, expect, test } from 'vitest';
import { cacheKey } from './cache-key.ts';

describe('cacheKey', () => {
	test('is the same for equal data, whatever order the object keys were set in', () => {
		const a = { title: 'Harbour', tags: ['a', 'b'], date: new Date('2025-02-12T00:00:00Z'), n: 1 };
		const b = { n: 1, date: new Date('2025-02-12T00:00:00Z'), tags: ['a', 'b'], title: 'Harbour' };
		expect(cacheKey(a)).toBe(cacheKey(b));
		expect(cacheKey(new Map([['x', a]]))).toBe(cacheKey(new Map([['x', b]])));
	});

	test('changes with any value the page shows, however deep', () => {
		const page = { article: { title: 'Harbour', related: [{ title: 'Budget', href: '/2025/01/01/b/' }] } };
		const base = cacheKey(page);
		expect(cacheKey({ article: { ...page.article, title: 'Harbour!' } })).not.toBe(base);
		expect(cacheKey({ article: { ...page.article, related: [{ title: 'Budget', href: '/2025/01/02/b/' }] } })).not.toBe(
			base,
		);
		expect(cacheKey({ article: { ...page.article, related: [] } })).not.toBe(base);
		expect(cacheKey(page, 'another setting')).not.toBe(base);
	});

	test('tells apart values that print alike', () => {
		expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
		expect(cacheKey(1)).not.toBe(cacheKey('1'));
		expect(cacheKey(true)).not.toBe(cacheKey('true'));
		expect(cacheKey(null)).not.toBe(cacheKey(undefined));
		expect(cacheKey([1, 2])).not.toBe(cacheKey(new Set([1, 2])));
		expect(cacheKey({ a: undefined })).not.toBe(cacheKey({}));
		expect(cacheKey(new Date(0))).not.toBe(cacheKey(0));
		expect(cacheKey(new Date(0))).not.toBe(cacheKey(new Date(1)));
	});

	test('refuses functions and data that refers to itself', () => {
		expect(() => cacheKey({ render: () => '' })).toThrow(/function cannot be part/u);
		const loop: { self?: unknown } = {};
		loop.self = loop;
		expect(() => cacheKey(loop)).toThrow(/refers to itself/u);
	});

	test('accepts the same object twice side by side', () => {
		const shared = { title: 'Harbour' };
		expect(() => cacheKey({ newer: shared, older: shared })).not.toThrow();
	});
});
