import { describe, expect, test } from 'vitest';
import { countByStatus, isPublished, publicationStatus, publishingReport } from './publishing.ts';

const at = (iso: string) => ({ instant: new Date(iso) });
const NOW = new Date('2025-06-01T12:00:00Z');

describe('publicationStatus', () => {
	test('a draft is a draft whatever its date', () => {
		expect(publicationStatus({ draft: true, date: at('2020-01-01T00:00:00Z') }, NOW)).toBe('draft');
		expect(publicationStatus({ draft: true, date: at('2030-01-01T00:00:00Z') }, NOW)).toBe('draft');
	});

	test('an article dated after now is scheduled, even by a second', () => {
		expect(publicationStatus({ draft: false, date: at('2025-06-01T12:00:01Z') }, NOW)).toBe('scheduled');
	});

	test('an article dated exactly now or before is published', () => {
		expect(publicationStatus({ draft: false, date: at('2025-06-01T12:00:00Z') }, NOW)).toBe('published');
		expect(isPublished({ draft: false, date: at('2025-05-01T00:00:00Z') }, NOW)).toBe(true);
		expect(isPublished({ draft: false, date: at('2025-07-01T00:00:00Z') }, NOW)).toBe(false);
	});
});

describe('publishingReport', () => {
	test('says what a build published and held back', () => {
		const counts = countByStatus(['published', 'published', 'draft', 'scheduled', 'published']);
		expect(counts).toEqual({ published: 3, draft: 1, scheduled: 1 });
		expect(publishingReport(counts, { showsAll: false })).toBe(
			'Published 3 articles; held back 1 draft and 1 scheduled.',
		);
	});

	test('counts in the singular and plural, and zero', () => {
		expect(publishingReport({ published: 1, draft: 0, scheduled: 2 }, { showsAll: false })).toBe(
			'Published 1 article; held back 0 drafts and 2 scheduled.',
		);
	});

	test('under astro dev says the held-back articles are shown with labels', () => {
		expect(publishingReport({ published: 2, draft: 1, scheduled: 1 }, { showsAll: true })).toBe(
			'Showing 2 articles published, with 1 draft and 1 scheduled labelled (a build holds those back).',
		);
	});
});
