import { dateFormat, type DateFormat } from '../../src/lib/date-format.ts';
import { defaultSettings } from '../../src/lib/settings.ts';
import { validateArticleData } from '../../src/lib/article-schema.ts';
import { toArticle, type Article } from '../../src/lib/articles.ts';

/** The site zone the pure-module tests use. */
export const TEST_ZONE = 'America/New_York';

/** The default language and date style in `zone`, as the site writes dates. */
export function testDates(zone = TEST_ZONE): DateFormat {
	return dateFormat({ ...defaultSettings, timeZone: zone });
}

/** An article built from front-matter as an author would write it, validated by the real schema. */
export function makeArticle(
	frontmatter: Record<string, unknown>,
	{ id = 'fixture', now = new Date('2030-01-01T00:00:00Z') }: { id?: string; now?: Date } = {},
): Article {
	const raw = { title: 'A fixture title', description: 'A fixture description.', date: '2025-02-12', ...frontmatter };
	const result = validateArticleData(raw, TEST_ZONE);
	if ('problems' in result) throw new Error(result.problems.map((p) => `${p.field}: ${p.message}`).join('; '));
	return toArticle({ id, filePath: `content/${id}.md`, data: result.data }, TEST_ZONE, now);
}
