import { describe, expect, test } from 'vitest';
import { checkArticleFile } from './article-files.ts';
import { newArticle, PLACEHOLDER_BODY, PLACEHOLDER_DESCRIPTION } from './new-article.ts';

const ZONE = 'America/New_York';

describe('newArticle', () => {
	test('dates the article today in the site time zone, not in UTC', () => {
		// 03:00 UTC on 1 March is still 28 February in New York.
		const { text } = newArticle('Harbour budget', new Date('2025-03-01T03:00:00Z'), ZONE);
		expect(text).toContain('\ndate: 2025-02-28\n');
	});

	test('names the file from the headline with the one slug rule', () => {
		expect(newArticle('Café prices: up 5%!', new Date('2025-03-01T12:00:00Z'), ZONE).fileName).toBe('café-prices-up-5.md');
	});

	test('writes a valid draft, keeping a headline with YAML syntax exactly', () => {
		const headline = `Talks: "peace" & 'hope' — #1 [draft] {x}: yes`;
		const { fileName, text } = newArticle(`  ${headline} `, new Date('2025-03-01T12:00:00Z'), ZONE);
		const checked = checkArticleFile({ path: fileName, filePath: `content/${fileName}`, bytes: new TextEncoder().encode(text) }, ZONE);
		expect(checked).toMatchObject({ data: { title: headline, draft: true, tags: [] }, day: { year: 2025, month: 3, day: 1 } });
	});
});

describe('an article from npm run new, once it is no longer a draft', () => {
	const started = newArticle('Harbour budget', new Date('2025-03-01T12:00:00Z'), ZONE);
	const check = (text: string) =>
		checkArticleFile({ path: started.fileName, filePath: `content/${started.fileName}`, bytes: new TextEncoder().encode(text) }, ZONE);
	const published = started.text.replace('draft: true\n', '');

	test('is refused while it still has the placeholder standfirst and body, naming file and fields', () => {
		expect(check(published)).toEqual({
			problems: [
				{ file: 'content/harbour-budget.md', field: 'description', message: expect.stringContaining('placeholder') },
				{ file: 'content/harbour-budget.md', field: '(body)', message: expect.stringContaining('placeholder') },
			],
		});
	});

	test('is refused for the body alone once the standfirst is written', () => {
		const text = published.replace(JSON.stringify(PLACEHOLDER_DESCRIPTION), '"The harbour board asks for more."');
		expect(check(text)).toEqual({
			problems: [{ file: 'content/harbour-budget.md', field: '(body)', message: expect.stringContaining('npm run new') }],
		});
	});

	test('passes once both are written', () => {
		const text = published
			.replace(JSON.stringify(PLACEHOLDER_DESCRIPTION), '"The harbour board asks for more."')
			.replace(PLACEHOLDER_BODY, 'The board met on Tuesday.');
		expect(check(text)).toMatchObject({ data: { draft: false, description: 'The harbour board asks for more.' } });
	});

	test('is accepted with its placeholders while it is still a draft', () => {
		expect(check(started.text)).toMatchObject({ data: { draft: true } });
	});
});
