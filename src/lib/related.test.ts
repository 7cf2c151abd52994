import { describe, expect, test } from 'vitest';
import { relatedArticles } from './related.ts';
import { slugify } from './slugs.ts';

const item = (id: string, tags: string[]) => ({ id, tags });
const ids = (map: Map<string, { id: string }[]>, id: string) => map.get(id)?.map((a) => a.id);

/** The obvious O(n²) definition (earlier articles only, i.e. later in the newest-first list), to check the indexed one against. */
function bruteForce(
	articles: readonly { id: string; tags: readonly string[] }[],
	limit: number,
): Map<string, string[]> {
	const slugSets = articles.map((article) => new Set(article.tags.map(slugify)));
	return new Map(
		articles.map((article, rank) => {
			const own = slugSets[rank] ?? new Set();
			const scored = articles
				.map((other, otherRank) => ({
					other,
					otherRank,
					shared: [...(slugSets[otherRank] ?? [])].filter((s) => own.has(s)).length,
				}))
				.filter(({ otherRank, shared }) => otherRank > rank && shared > 0)
				.sort((a, b) => b.shared - a.shared || a.otherRank - b.otherRank);
			return [article.id, scored.slice(0, limit).map(({ other }) => other.id)];
		}),
	);
}

/** A small deterministic pseudo-random generator (mulberry32), so the corpus is the same every run. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('relatedArticles', () => {
	test('prefers more shared tags, then the newer article, up to four, among articles published before it', () => {
		const articles = [
			item('newer', ['A', 'B', 'C']),
			item('self', ['A', 'B', 'C']),
			item('n1', ['A']),
			item('n2', ['A', 'B']),
			item('n3', ['C']),
			item('n4', ['A', 'B', 'C']),
			item('n5', ['B']),
			item('n6', ['A']),
			item('none', ['Z']),
		];
		const related = relatedArticles(articles);
		expect(ids(related, 'self')).toEqual(['n4', 'n2', 'n1', 'n3']);
		expect(ids(related, 'none')).toEqual([]);
	});

	test('never changes when newer articles appear', () => {
		const older = [item('a', ['X', 'Y']), item('b', ['X']), item('c', ['Y'])];
		const before = relatedArticles(older);
		const after = relatedArticles([item('new', ['X', 'Y']), ...older]);
		for (const { id } of older) expect(ids(after, id)).toEqual(ids(before, id));
		expect(ids(after, 'new')).toEqual(['a', 'b', 'c']);
	});

	test('matches tags by slug, so "Ukraine" and "ukraine" are shared', () => {
		const related = relatedArticles([item('a', ['Ukraine']), item('b', [' ukraine ']), item('c', ['Russia'])]);
		expect(ids(related, 'a')).toEqual(['b']);
		expect(ids(related, 'b')).toEqual([]);
	});

	test('never lists an article as related to itself, even with repeated tags', () => {
		const related = relatedArticles([item('a', ['X', 'x', 'X']), item('b', ['X'])]);
		expect(ids(related, 'a')).toEqual(['b']);
		expect(ids(related, 'b')).toEqual([]);
	});

	test('agrees with the brute-force definition on a random corpus with one tag on every article', () => {
		const next = random(42);
		const pool = Array.from({ length: 30 }, (_, i) => `Tag ${i}`);
		const articles = Array.from({ length: 600 }, (_, i) => {
			const tags = ['Everything'];
			const extra = Math.floor(next() * 5);
			for (let k = 0; k < extra; k++) tags.push(pool[Math.floor(next() * next() * pool.length)] ?? 'Tag 0');
			return item(`a${i}`, tags);
		});
		const expected = bruteForce(articles, 4);
		const actual = relatedArticles(articles);
		for (const article of articles) expect(ids(actual, article.id), article.id).toEqual(expected.get(article.id));
	});

	test('agrees with the brute-force definition when articles carry many of few tags', () => {
		const next = random(2025);
		const articles = Array.from({ length: 300 }, (_, i) =>
			item(
				`a${i}`,
				Array.from({ length: 1 + Math.floor(next() * 8) }, () => `T${Math.floor(next() * 10)}`),
			),
		);
		const expected = bruteForce(articles, 4);
		const actual = relatedArticles(articles);
		for (const article of articles) expect(ids(actual, article.id), article.id).toEqual(expected.get(article.id));
	});

	test('agrees with the brute-force definition for other limits', () => {
		const next = random(7);
		const articles = Array.from({ length: 200 }, (_, i) =>
			item(
				`a${i}`,
				Array.from({ length: 1 + Math.floor(next() * 4) }, () => `T${Math.floor(next() * 8)}`),
			),
		);
		for (const limit of [1, 2, 7]) {
			const expected = bruteForce(articles, limit);
			const actual = relatedArticles(articles, limit);
			for (const article of articles) expect(ids(actual, article.id)).toEqual(expected.get(article.id));
		}
	});
});
