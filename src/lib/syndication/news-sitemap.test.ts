import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../../test/support/article-factory.ts';
import { NEWS_LIMIT, newsLanguage, newsSitemapEntries, newsSitemapXml } from './news-sitemap.ts';
import { createUrls } from '../urls.ts';

const urls = createUrls({ siteUrl: 'https://example.org', basePath: '/news/' });
const now = new Date('2025-02-13T12:00:00Z');
const at = (date: string, title = date, extra: Record<string, unknown> = {}) =>
	makeArticle({ title, date, ...extra }, { id: title, now });

describe('newsSitemapEntries', () => {
	test('holds exactly the articles published in the two days up to the build time, newest first', () => {
		const articles = [
			at('2025-02-11T12:00:00Z', 'exactly two days before'),
			at('2025-02-11T11:59:59Z', 'a second too old'),
			at('2025-02-12', 'the seed day'),
			at('2025-02-13T12:00:00Z', 'at build time'),
			at('2025-02-13T12:00:01Z', 'a second after build time'),
			at('2025-02-13T10:00:00Z', 'a draft', { draft: true }),
		];
		const entries = newsSitemapEntries(articles, { now, urls, timeZone: 'America/New_York' });
		expect(entries.map((e) => e.title)).toEqual(['at build time', 'the seed day', 'exactly two days before']);
		expect(entries[1]).toEqual({
			url: 'https://example.org/news/2025/02/12/the-seed-day/',
			title: 'the seed day',
			publicationDate: '2025-02-12T00:00:00-05:00',
		});
	});

	test(`holds at most ${NEWS_LIMIT}, the newest`, () => {
		const articles = Array.from({ length: NEWS_LIMIT + 3 }, (_, i) =>
			at(new Date(now.getTime() - i * 60_000).toISOString(), `a${i}`),
		);
		const entries = newsSitemapEntries(articles, { now, urls, timeZone: 'UTC' });
		expect(entries).toHaveLength(NEWS_LIMIT);
		expect(entries.at(-1)?.title).toBe(`a${NEWS_LIMIT - 1}`);
	});
});

describe('newsLanguage', () => {
	test.each([
		['en-US', 'en'],
		['fr', 'fr'],
		['pt-BR', 'pt'],
		['zh-CN', 'zh-cn'],
		['zh-TW', 'zh-tw'],
		['zh-Hant', 'zh-tw'],
	])('%s is written %s', (lang, expected) => {
		expect(newsLanguage(lang)).toBe(expected);
	});
});

describe('newsSitemapXml', () => {
	test('writes the news: namespace with publication, date and an exact title', () => {
		const title = `Tom & Jerry <b> "quoted" 'single' ]]>`;
		const xml = newsSitemapXml(
			[{ url: 'https://example.org/news/a/', title, publicationDate: '2025-02-12T00:00:00-05:00' }],
			{ name: 'The Ledger', lang: 'en-US' },
		);
		expect(() => SyntaxValidator.validate(xml)).not.toThrow();
		const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);
		expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
		expect(doc.urlset.url).toEqual({
			loc: 'https://example.org/news/a/',
			'news:news': {
				'news:publication': { 'news:name': 'The Ledger', 'news:language': 'en' },
				'news:publication_date': '2025-02-12T00:00:00-05:00',
				'news:title': title,
			},
		});
	});

	test('an empty news sitemap is still a well-formed urlset', () => {
		const xml = newsSitemapXml([], { name: 'The Ledger', lang: 'en-US' });
		expect(() => SyntaxValidator.validate(xml)).not.toThrow();
		expect(new XMLParser({ ignoreAttributes: false }).parse(xml)).toHaveProperty('urlset');
	});
});
