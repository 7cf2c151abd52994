import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../test/support/article-factory.ts';
import { validateArticleData } from './article-schema.ts';
import { slugify } from './slugs.ts';
import {
	alphabetical,
	findTagCollisions,
	groupByTag,
	tagCollisionProblems,
	tagKey,
	tagLabeller,
	tagSlugs,
} from './tags.ts';

const tagged = (id: string, tags: string[], date = '2025-02-12') => makeArticle({ tags, date }, { id });

describe('slugify for tags', () => {
	test('folds case and surrounding space: "Ukraine", "ukraine" and " Ukraine " are one slug', () => {
		expect(new Set(['Ukraine', 'ukraine', ' Ukraine ', 'UKRAINE'].map(slugify))).toEqual(new Set(['ukraine']));
	});

	test('composed and decomposed "café" give the same slug', () => {
		const composed = 'caf\u00e9';
		const decomposed = 'cafe\u0301';
		expect(composed).not.toBe(decomposed);
		expect(slugify(decomposed)).toBe(slugify(composed));
		expect(slugify(composed)).toBe('café');
	});

	test('a slash, "..", markup, quotes and spaces never leave the tags/ folder', () => {
		for (const tag of [
			'AC/DC',
			'../../etc/passwd',
			'..',
			'<script>alert(1)</script>',
			'"quoted" \'tag\'',
			'a b\tc',
			'x\\y',
		]) {
			const slug = slugify(tag);
			expect(slug, tag).not.toBe('');
			expect(slug, tag).not.toMatch(/[/\\<>"'\s]|\.\./u);
			expect(slug, tag).not.toMatch(/^\.|\.$/u);
		}
		expect(slugify('AC/DC')).toBe('ac-dc');
		expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script');
	});

	test('non-Latin tags keep their letters', () => {
		expect(slugify('Україна')).toBe('україна');
		expect(slugify('東京 オリンピック')).toBe('東京-オリンピック');
		expect(slugify('العربية')).toBe('العربية');
	});

	test('an emoji-only tag gets a stable, distinct slug; emoji beside words are dropped', () => {
		expect(slugify('🚀')).toBe('u1f680');
		expect(slugify('🚀')).not.toBe(slugify('🌍'));
		expect(slugify('Space 🚀')).toBe('space');
	});
});

describe('an empty tag', () => {
	test('is rejected by the schema, naming the field', () => {
		for (const empty of ['', '   ', '\t']) {
			const result = validateArticleData(
				{ title: 't', description: 'd', date: '2025-02-12', tags: ['Ukraine', empty] },
				'UTC',
			);
			expect(result).toEqual({ problems: [{ field: 'tags.1', message: 'tag must not be empty' }] });
		}
	});
});

describe('tagKey', () => {
	test('treats case, Unicode form and separators alike', () => {
		expect(tagKey('Donald Trump')).toBe(tagKey('donald-trump'));
		expect(tagKey('Donald Trump')).toBe(tagKey('DONALD_TRUMP'));
		expect(tagKey('cafe\u0301')).toBe(tagKey('CAFÉ'));
	});

	test('keeps symbols, so tags that merely share a slug stay apart', () => {
		expect(slugify('C++')).toBe(slugify('C#'));
		expect(tagKey('C++')).not.toBe(tagKey('C#'));
	});
});

describe('groupByTag', () => {
	const articles = [
		tagged('c', ['Ukraine', 'Russia'], '2025-02-14'),
		tagged('b', ['ukraine', ' Diplomacy '], '2025-02-13'),
		tagged('a', ['UKRAINE', 'Ukraine', 'Russia'], '2025-02-12'),
		tagged('old', ['Diplomacy', 'diplomacy'], '2024-01-01'),
	];

	test('counts each article once per tag, whatever spellings it lists', () => {
		const groups = groupByTag(articles);
		expect(groups.map((g) => [g.slug, g.count])).toEqual([
			['ukraine', 3],
			['diplomacy', 2],
			['russia', 2],
		]);
		expect(groups[0]?.articles.map((a) => a.id)).toEqual(['c', 'b', 'a']);
	});

	test('labels a tag with its most common spelling', () => {
		const labels = Object.fromEntries(groupByTag(articles).map((g) => [g.slug, g.label]));
		expect(labels.ukraine).toBe('Ukraine');
		// "Diplomacy" is in two articles, "diplomacy" in one.
		expect(labels.diplomacy).toBe('Diplomacy');
	});

	test('a tie in spelling goes to the newest article’s spelling', () => {
		const groups = groupByTag([tagged('new', ['economy'], '2025-03-01'), tagged('old', ['Economy'], '2025-01-01')]);
		expect(groups[0]?.label).toBe('economy');
	});

	test('a composed and a decomposed "café" are one tag with one label', () => {
		const groups = groupByTag([tagged('x', ['Caf\u00e9']), tagged('y', ['Cafe\u0301'])]);
		expect(groups).toHaveLength(1);
		expect(groups[0]?.count).toBe(2);
		expect(groups[0]?.label).toBe('Caf\u00e9');
	});

	test('orders equal counts A–Z, and alphabetical() ignores case and accents', () => {
		const groups = groupByTag([tagged('x', ['zebra', 'Émile', 'apple', 'Banana'])]);
		expect(groups.map((g) => g.label)).toEqual(['apple', 'Banana', 'Émile', 'zebra']);
		expect(alphabetical([...groups].reverse()).map((g) => g.label)).toEqual(['apple', 'Banana', 'Émile', 'zebra']);
	});

	test('no articles, no tags', () => {
		expect(groupByTag([])).toEqual([]);
	});
});

describe('tagLabeller', () => {
	test('gives the site-wide label for a known slug and the article’s spelling otherwise', () => {
		const label = tagLabeller([{ slug: 'ukraine', label: 'Ukraine' }]);
		expect(label('ukraine', 'UKRAINE')).toBe('Ukraine');
		expect(label('elsewhere', 'Elsewhere')).toBe('Elsewhere');
	});
});

describe('tagSlugs', () => {
	test('lists an article’s distinct slugs in its own order', () => {
		expect(tagSlugs(['Russia', 'ukraine', 'Ukraine', 'AC/DC'])).toEqual(['russia', 'ukraine', 'ac-dc']);
	});
});

describe('findTagCollisions', () => {
	test('spelling variants of one tag are not a collision', () => {
		expect(
			findTagCollisions([
				{ filePath: 'content/a.md', tags: ['Ukraine', 'Donald Trump'] },
				{ filePath: 'content/b.md', tags: [' ukraine', 'donald-trump', 'Cafe\u0301'] },
				{ filePath: 'content/c.md', tags: ['Caf\u00e9'] },
			]),
		).toEqual([]);
	});

	test('two different tags with one slug are reported with the files using each', () => {
		const collisions = findTagCollisions([
			{ filePath: 'content/b.md', tags: ['C++'] },
			{ filePath: 'content/a.md', tags: ['C#', 'Ukraine'] },
			{ filePath: 'content/c.md', tags: ['c++'] },
		]);
		expect(collisions).toEqual([
			{
				slug: 'c',
				tags: [
					{ spelling: 'C++', files: ['content/b.md', 'content/c.md'] },
					{ spelling: 'C#', files: ['content/a.md'] },
				],
			},
		]);
	});

	test('the problems name both tags and every file involved', () => {
		const problems = tagCollisionProblems(
			findTagCollisions([
				{ filePath: 'content/b.md', tags: ['C++'] },
				{ filePath: 'content/a.md', tags: ['C#'] },
			]),
		);
		expect(problems).toEqual([
			{
				file: 'content/b.md',
				field: 'tags',
				message: 'tag "C++" and tag "C#" (in content/a.md) would share one page, /tags/c/; rename one of them',
			},
			{
				file: 'content/a.md',
				field: 'tags',
				message: 'tag "C#" and tag "C++" (in content/b.md) would share one page, /tags/c/; rename one of them',
			},
		]);
	});
});
