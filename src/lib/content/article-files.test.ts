import { describe, expect, test } from 'vitest';
import { articleId, checkArticleFile, checkArticleFiles, type ArticleFile } from './article-files.ts';

const ZONE = 'America/New_York';

function file(path: string, text: string): ArticleFile {
	return { path, filePath: `content/${path}`, bytes: new TextEncoder().encode(text) };
}

function article(fields: Record<string, string>, body = 'Body.\n'): string {
	const lines = Object.entries({ title: 'A title', description: 'A description.', date: '2025-02-12', ...fields }).map(([k, v]) => `${k}: ${v}`);
	return `---\n${lines.join('\n')}\n---\n${body}`;
}

describe('articleId', () => {
	test('is the path under the content folder without the extension', () => {
		expect(articleId('world/peace-talks.md')).toBe('world/peace-talks');
		expect(articleId('Notes.MARKDOWN')).toBe('Notes');
	});
});

describe('checkArticleFile', () => {
	test('gives a good file its data, body, slug and day in the site time zone', () => {
		expect(checkArticleFile(file('world/Peace talks.md', article({})), ZONE)).toMatchObject({
			id: 'world/Peace talks',
			filePath: 'content/world/Peace talks.md',
			slug: 'peace-talks',
			day: { year: 2025, month: 2, day: 12 },
			body: 'Body.\n',
			data: { title: 'A title' },
		});
	});

	test('names the file and the field of every front-matter problem at once', () => {
		const result = checkArticleFile(file('bad.md', article({ title: '""', draft: '"false"', colour: 'red' })), ZONE);
		expect(result).toEqual({
			problems: expect.arrayContaining([
				{ file: 'content/bad.md', field: 'title', message: 'title must not be empty' },
				{ file: 'content/bad.md', field: 'draft', message: expect.stringMatching(/true or false/u) },
				{ file: 'content/bad.md', field: 'colour', message: expect.stringMatching(/^unknown field "colour"; the fields are title, description, date/u) },
			]),
		});
	});

	test('refuses a body nested too deeply for the parsers, with the line in the file', () => {
		const result = checkArticleFile(file('deep.md', article({}, `Intro.\n\n${'>'.repeat(10_000)} deep\n`)), ZONE);
		expect(result).toEqual({
			problems: [{ file: 'content/deep.md', field: '(body)', message: 'quotes and lists nest more than 64 levels deep (line 8); flatten them' }],
		});
	});

	test('reports front-matter and body problems together', () => {
		const result = checkArticleFile(file('both.md', article({ title: '""' }, `${'- '.repeat(1_000)}x\n`)), ZONE);
		expect('problems' in result && result.problems.map((p) => p.field)).toEqual(['title', '(body)']);
	});
});

describe('checkArticleFiles', () => {
	test('names both files when two resolve to the same URL', () => {
		const { articles, problems } = checkArticleFiles(
			[file('same-url.md', article({})), file('Same URL.md', article({ title: 'Another' })), file('other.md', article({}))],
			ZONE,
		);
		expect(articles.map((a) => a.filePath)).toEqual(['content/same-url.md', 'content/Same URL.md', 'content/other.md']);
		expect(problems).toEqual([
			{ file: 'content/Same URL.md', field: 'slug', message: expect.stringContaining('same URL (/2025/02/12/same-url/) as content/same-url.md') },
			{ file: 'content/same-url.md', field: 'slug', message: expect.stringContaining('as content/Same URL.md') },
		]);
	});

	test('does not call articles on different days a collision', () => {
		const { problems } = checkArticleFiles([file('a/news.md', article({})), file('b/news.md', article({ date: '2025-02-13' }))], ZONE);
		expect(problems).toEqual([]);
	});

	test('names the files of two different tags that would share a tag page', () => {
		const { problems } = checkArticleFiles([file('plus.md', article({ tags: '["C++"]' })), file('sharp.md', article({ tags: '["C#"]' }))], ZONE);
		expect(problems.map((p) => [p.file, p.field])).toEqual([
			['content/plus.md', 'tags'],
			['content/sharp.md', 'tags'],
		]);
	});

	test('lists the problems of every bad file, and keeps the good ones', () => {
		const { articles, problems } = checkArticleFiles([file('empty.md', ''), file('good.md', article({})), file('plain.md', '# No front-matter\n')], ZONE);
		expect(articles.map((a) => a.id)).toEqual(['good']);
		expect(problems.map((p) => [p.file, p.field])).toEqual([
			['content/empty.md', '(file)'],
			['content/plain.md', '(front-matter)'],
		]);
	});
});

describe('checkArticleFiles: one article per file', () => {
	test('names both files when only the extension tells them apart', () => {
		const { problems } = checkArticleFiles([file('dup.md', article({})), file('dup.markdown', article({ date: '2025-02-13' }))], ZONE);
		expect(problems).toEqual([
			{ file: 'content/dup.md', field: '(file)', message: expect.stringMatching(/^same article as content\/dup\.markdown/u) },
			{ file: 'content/dup.markdown', field: '(file)', message: expect.stringMatching(/^same article as content\/dup\.md/u) },
		]);
	});

	test('refuses a file name whose slug is too long for a URL segment, unless a slug is given', () => {
		const name = `${'\uFDFA'.repeat(10)}.md`;
		const { problems } = checkArticleFiles([file(name, article({}))], ZONE);
		expect(problems).toEqual([{ file: `content/${name}`, field: 'slug', message: expect.stringMatching(/^the file name gives the slug .* bytes long.*rename the file/u) }]);
		expect(checkArticleFiles([file(name, article({ slug: 'short' }))], ZONE).problems).toEqual([]);
	});
});
