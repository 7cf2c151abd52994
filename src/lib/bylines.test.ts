import { describe, expect, test } from 'vitest';
import { formatByline, groupByAuthor } from './bylines.ts';

describe('formatByline', () => {
	test('writes one, two and three names as a byline reads', () => {
		expect(formatByline([])).toBe('');
		expect(formatByline(['Ada Reporter'])).toBe('Ada Reporter');
		expect(formatByline(['Ada Reporter', 'Ben Writer'])).toBe('Ada Reporter and Ben Writer');
		expect(formatByline(['A', 'B', 'C'])).toBe('A, B and C');
	});
});

describe('groupByAuthor', () => {
	const articles = [
		{ id: 'new', author: ['Ben Writer', 'Ada Reporter'] },
		{ id: 'mid', author: [] },
		{ id: 'old', author: ['ada reporter'] },
	];

	test('puts an article with two bylines on both pages, A–Z by name, keeping the given order', () => {
		const groups = groupByAuthor(articles);
		expect(groups.map((g) => [g.slug, g.name, g.count])).toEqual([
			['ada-reporter', 'Ada Reporter', 2],
			['ben-writer', 'Ben Writer', 1],
		]);
		expect(groups[0]?.articles.map((a) => a.id)).toEqual(['new', 'old']);
	});

	test('leaves unbylined articles out', () => {
		expect(groupByAuthor([{ author: [] }])).toEqual([]);
	});
});
