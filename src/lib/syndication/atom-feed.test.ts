import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import Parser from 'rss-parser';
import { describe, expect, test } from 'vitest';
import { sampleFeed, TRICKY_TITLE } from '../../../test/support/feed-sample.ts';
import { atomFeedXml } from './atom-feed.ts';

/** What rss-parser reads from an Atom entry, beyond its RSS-shaped `Item`. */
interface AtomItem {
	id?: string;
	author?: string;
	summary?: string;
	categories: { $: { term: string } }[];
}

const parser = new Parser<Record<string, never>, AtomItem>({
	customFields: { item: [['category', 'categories', { keepArray: true }]] },
});

describe('atomFeedXml', () => {
	test('writes a well-formed Atom document that rss-parser reads back exactly', async () => {
		const xml = atomFeedXml(sampleFeed());
		expect(() => SyntaxValidator.validate(xml)).not.toThrow();
		const parsed = await parser.parseString(xml);
		expect(parsed.title).toBe('The Ledger');
		expect(parsed.link).toBe('https://example.org/news/');
		expect(parsed.feedUrl).toBe('https://example.org/news/atom.xml');
		const [first, second] = parsed.items;
		expect(first?.title).toBe(TRICKY_TITLE);
		expect(first?.id).toBe('https://example.org/news/2025/02/12/tricky/');
		expect(first?.link).toBe('https://example.org/news/2025/02/12/tricky/');
		expect(first?.author).toBe(`Ann "A&B" O'Neil`);
		expect(first?.summary).toBe(`Less < more & "quoted"`);
		expect(first?.content).toBe(
			'<p>Body with <a href="https://example.org/news/tags/ukraine/">a tag link</a> &amp; an ampersand.</p>',
		);
		expect(first?.categories.map((c) => c.$.term)).toEqual(['Ukraine', 'Diplomacy']);
		expect(second?.author).toBeUndefined();
	});

	test('dates are RFC 3339 with the site offset; published never moves, updated follows the newest correction', () => {
		const xml = atomFeedXml(sampleFeed());
		const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
		const entries = doc.feed.entry as { published: string; updated: string }[];
		expect(entries.map((e) => [e.published, e.updated])).toEqual([
			['2025-02-12T09:30:00-05:00', '2025-02-12T09:30:00-05:00'],
			['2025-02-10T00:00:00-05:00', '2025-02-13T03:00:00-05:00'],
			['2025-01-02T00:00:00-05:00', '2025-01-02T00:00:00-05:00'],
		]);
		expect(doc.feed.updated).toBe('2025-02-13T03:00:00-05:00');
		expect(doc.feed.id).toBe('https://example.org/news/');
		expect(doc.feed['@_xml:lang']).toBe('en-US');
		// The feed names the publication, so entries without a byline still have an author.
		expect(doc.feed.author.name).toBe('The Ledger');
	});

	test('article text can never close the content early: it is escaped, not put in CDATA', () => {
		const feed = sampleFeed();
		const xml = atomFeedXml({
			...feed,
			entries: [{ ...feed.entries[0]!, contentHtml: '<p>]]></content></entry>&lt;x</p>' }],
		});
		expect(() => SyntaxValidator.validate(xml)).not.toThrow();
		expect(xml).not.toContain('CDATA');
		const doc = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml);
		expect(doc.feed.entry.content['#text']).toBe('<p>]]></content></entry>&lt;x</p>');
	});
});
