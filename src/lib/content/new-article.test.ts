import { describe, expect, test } from 'vitest';
import { checkArticleFile } from './article-files.ts';
import { newArticle } from './new-article.ts';

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
