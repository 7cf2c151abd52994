import { describe, expect, test } from 'vitest';
import { validateArticleData } from './article-schema.ts';

const NY = 'America/New_York';
const valid = {
	title: 'Council approves harbour budget',
	description: 'The vote was unanimous.',
	date: '2025-02-12',
	tags: ['Harbour', 'Budget'],
};

function problemsOf(raw: Record<string, unknown>) {
	const result = validateArticleData(raw, NY);
	return 'problems' in result ? result.problems : [];
}

describe('validateArticleData', () => {
	test('accepts a valid article and fills the defaults', () => {
		const result = validateArticleData(valid, NY);
		expect(result).toHaveProperty('data');
		if (!('data' in result)) return;
		expect(result.data.draft).toBe(false);
		expect(result.data.corrections).toEqual([]);
		expect(result.data.date.hasTime).toBe(false);
		expect(result.data.author).toEqual([]);
		expect(result.data.label).toBe('news');
		expect(result.data.story).toBeUndefined();
	});

	test('accepts every optional field', () => {
		const result = validateArticleData(
			{
				...valid,
				updated: '2025-02-13T10:00:00-05:00',
				author: 'A. Writer',
				draft: true,
				slug: 'harbour-budget',
				corrections: [{ date: '2025-02-14', text: 'Fixed a name.' }],
			},
			NY,
		);
		expect(result).toHaveProperty('data');
	});

	test('collapses white space in the title', () => {
		const result = validateArticleData({ ...valid, title: '  Council \n approves  ' }, NY);
		expect('data' in result && result.data.title).toBe('Council approves');
	});

	test.each([
		[{ title: undefined }, 'title', /required/u],
		[{ title: '   ' }, 'title', /empty/u],
		[{ title: 42 }, 'title', /text/u],
		[{ title: 'Bad \u0007 bell' }, 'title', /control character/u],
		[{ description: undefined }, 'description', /required/u],
		[{ date: '2025-02-30' }, 'date', /not a real calendar date/u],
		[{ date: undefined }, 'date', /date/u],
		[{ updated: 'soon' }, 'updated', /not a date/u],
		[{ tags: 'Ukraine' }, 'tags', /must be a list/u],
		[{ tags: ['Ukraine', ' '] }, 'tags.1', /empty/u],
		[{ draft: 'false' }, 'draft', /true or false/u],
		[{ slug: 'Not A Slug' }, 'slug', /lower case/u],
		[{ Draft: true }, 'Draft', /unknown field "Draft"/u],
		[{ corrections: [{ date: '2025-02-12' }] }, 'corrections.0.text', /required/u],
	] as const)('rejects %j in field %s', (change, field, message) => {
		const problems = problemsOf({ ...valid, ...change });
		const problem = problems.find((p) => p.field === field);
		expect(problem, JSON.stringify(problems)).toBeDefined();
		expect(problem?.message).toMatch(message);
	});

	test('reports every bad field at once', () => {
		const fields = problemsOf({ title: '', date: 'x', tags: 3, extra: 1 }).map((p) => p.field);
		expect(fields).toEqual(expect.arrayContaining(['title', 'description', 'date', 'tags', 'extra']));
	});
});

describe('validateArticleData: caps and hints', () => {
	test('refuses more than 50 tags, saying how many there are', () => {
		const tags = Array.from({ length: 51 }, (_, i) => `Tag ${i}`);
		expect(problemsOf({ ...valid, tags })).toEqual([
			{ field: 'tags', message: expect.stringMatching(/^51 tags; an article may have at most 50/u) },
		]);
		expect(problemsOf({ ...valid, tags: tags.slice(0, 50) })).toEqual([]);
	});

	test('refuses a tag whose slug is longer than 200 bytes, naming the tag', () => {
		// 130 Cyrillic letters: 130 characters, 260 bytes, too long for one folder name on disk.
		expect(problemsOf({ ...valid, tags: ['Ok', 'ж'.repeat(130)] })).toEqual([
			{
				field: 'tags.1',
				message: expect.stringMatching(/^the tag gives the slug "ж{40}…", 260 bytes long; .* at most 200 bytes/u),
			},
		]);
		expect(problemsOf({ ...valid, tags: ['ж'.repeat(100)] })).toEqual([]);
	});

	test('refuses a slug longer than 200 bytes', () => {
		expect(problemsOf({ ...valid, slug: 'a'.repeat(300) })).toEqual([
			{ field: 'slug', message: expect.stringMatching(/^the slug "a{40}…", 300 bytes long/u) },
		]);
	});

	test('says to quote a slug or title that YAML read as a number or yes/no', () => {
		expect(problemsOf({ ...valid, slug: 404 })).toEqual([
			{ field: 'slug', message: 'slug must be text; YAML read 404 as a number: put it in quotes, e.g. "404"' },
		]);
		expect(problemsOf({ ...valid, title: true })).toEqual([
			{ field: 'title', message: 'title must be text; YAML read true as a boolean: put it in quotes, e.g. "true"' },
		]);
	});
});

describe('validateArticleData: image', () => {
	const image = { src: './harbour.jpg', alt: 'A crane unloads containers at dawn' };

	test('accepts a lead image with its caption and credit', () => {
		const result = validateArticleData(
			{ ...valid, image: { ...image, caption: 'Tuesday.', credit: 'A. Photographer' } },
			NY,
		);
		expect(result).toEqual({
			data: expect.objectContaining({ image: { ...image, caption: 'Tuesday.', credit: 'A. Photographer' } }),
		});
	});

	test('names image.alt when the alt text is missing or blank', () => {
		expect(problemsOf({ ...valid, image: { src: './harbour.jpg' } })).toEqual([
			{ field: 'image.alt', message: 'image.alt is required' },
		]);
		expect(problemsOf({ ...valid, image: { src: './harbour.jpg', alt: '  ' } })).toEqual([
			{ field: 'image.alt', message: 'image.alt must not be empty' },
		]);
	});

	test('names image.src when the file is missing', () => {
		expect(problemsOf({ ...valid, image: { alt: 'A crane' } })).toEqual([
			{ field: 'image.src', message: 'image.src is required' },
		]);
	});

	test('names an unknown field inside image with the fields it has', () => {
		expect(problemsOf({ ...valid, image: { ...image, Caption: 'x' } })).toEqual([
			{ field: 'image.Caption', message: 'unknown field "image.Caption"; did you mean "caption"?' },
		]);
	});

	test('refuses an image given as a bare path', () => {
		expect(problemsOf({ ...valid, image: './harbour.jpg' })).toEqual([
			{ field: 'image', message: 'image must be { src, alt } with an optional caption and credit' },
		]);
	});
});

describe('bylines, labels and stories', () => {
	const dataOf = (raw: Record<string, unknown>) => {
		const result = validateArticleData({ ...valid, ...raw }, NY);
		if ('problems' in result) throw new Error(JSON.stringify(result.problems));
		return result.data;
	};

	test('reads one name as a byline of one', () => {
		expect(dataOf({ author: '  Ada   Reporter ' }).author).toEqual(['Ada Reporter']);
	});

	test('reads a list of names in order, dropping a repeat that has the same slug', () => {
		expect(dataOf({ author: ['Ada Reporter', 'Ben Writer', 'ada reporter'] }).author).toEqual([
			'Ada Reporter',
			'Ben Writer',
		]);
	});

	test.each([
		[{ author: 42 }, 'author', /name or a list of names/u],
		[{ author: ['Ada Reporter', ' '] }, 'author.1', /empty/u],
		[{ author: { name: 'Ada' } }, 'author', /name or a list of names/u],
	])('names the field of a bad byline %j', (raw, field, message) => {
		const problems = problemsOf({ ...valid, ...raw });
		expect(problems.map((p) => p.field)).toContain(field);
		expect(problems.find((p) => p.field === field)?.message).toMatch(message);
	});

	test('takes every label of the closed list and defaults to news', () => {
		expect(dataOf({}).label).toBe('news');
		for (const label of ['analysis', 'opinion', 'review', 'explainer', 'interview', 'obituary', 'live'])
			expect(dataOf({ label }).label).toBe(label);
	});

	test('refuses an unknown label, naming the field, the value and the labels there are', () => {
		const problems = problemsOf({ ...valid, label: 'gossip' });
		expect(problems).toHaveLength(1);
		expect(problems[0]?.field).toBe('label');
		expect(problems[0]?.message).toMatch(/label must be one of news, analysis, opinion/u);
		expect(problems[0]?.message).toContain('"gossip"');
	});

	test('reads a story name as text, and refuses an empty one', () => {
		expect(dataOf({ story: ' Harbour  strike ' }).story).toBe('Harbour strike');
		expect(problemsOf({ ...valid, story: ' ' }).map((p) => p.field)).toEqual(['story']);
	});
});
