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
		expect(result.data.author).toBeUndefined();
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
