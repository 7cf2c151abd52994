import { dateFormat, type DateFormat } from '../../src/lib/date-format.ts';
import { defaultSettings } from '../../src/lib/settings.ts';
import { validateArticleData } from '../../src/lib/article-schema.ts';
import { articleSlug, toArticle, type Article } from '../../src/lib/articles.ts';
import { calendarDay } from '../../src/lib/dates.ts';
import { ownSpelling } from '../../src/lib/tag-labels.ts';
import { createUrls, type Urls } from '../../src/lib/urls.ts';
import type { ViewContext } from '../../src/lib/views/view-context.ts';

/** The site zone the pure-module tests use. */
export const TEST_ZONE = 'America/New_York';

/** The default language and date style in `zone`, as the site writes dates. */
export function testDates(zone = TEST_ZONE): DateFormat {
	return dateFormat({ ...defaultSettings, timeZone: zone });
}

/** The URLs the pure-module tests use unless they give their own: a site under `/news/`. */
export const TEST_URLS = createUrls({ siteUrl: 'https://example.org', basePath: '/news/' });

/**
 * An article built from front-matter as an author would write it, validated by the real schema,
 * with the slug and day the loader would work out; `wordCount` and `readingMinutes` stand in for the
 * reading-time plugin's figures.
 */
export function makeArticle(
	frontmatter: Record<string, unknown>,
	{
		id = 'fixture',
		now = new Date('2030-01-01T00:00:00Z'),
		urls = TEST_URLS,
		wordCount = 300,
		readingMinutes = 2,
	}: { id?: string; now?: Date; urls?: Urls; wordCount?: number; readingMinutes?: number } = {},
): Article {
	const raw = { title: 'A fixture title', description: 'A fixture description.', date: '2025-02-12', ...frontmatter };
	const result = validateArticleData(raw, TEST_ZONE);
	if ('problems' in result) throw new Error(result.problems.map((p) => `${p.field}: ${p.message}`).join('; '));
	const filePath = `content/${id}.md`;
	const data = {
		...result.data,
		slug: articleSlug(result.data, filePath),
		day: calendarDay(result.data.date.instant, TEST_ZONE),
		wordCount,
		readingMinutes,
	};
	return toArticle({ id, filePath, data }, { urls, now });
}

/** The view context of the pure-module tests: `urls` and anything else given, over test defaults. */
export function testContext(overrides: Partial<ViewContext> = {}): ViewContext {
	return {
		urls: TEST_URLS,
		dates: testDates(),
		pageSize: 10,
		label: ownSpelling,
		site: { title: 'The Ledger', description: 'News.', lang: 'en-US' },
		...overrides,
	};
}
