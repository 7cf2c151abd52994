import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../test/support/article-factory.ts';
import { isRevised, lastModified } from './revisions.ts';

describe('lastModified', () => {
	test('is the publication instant for an article never revised', () => {
		const article = makeArticle({ date: '2025-02-12' });
		expect(lastModified(article).toISOString()).toBe('2025-02-12T05:00:00.000Z');
		expect(isRevised(article)).toBe(false);
	});

	test('is the updated date when it is the latest', () => {
		const article = makeArticle({ date: '2025-02-12', updated: '2025-02-14T09:00:00-05:00' });
		expect(lastModified(article).toISOString()).toBe('2025-02-14T14:00:00.000Z');
		expect(isRevised(article)).toBe(true);
	});

	test('counts the newest correction as the modification, whatever order they are listed in', () => {
		const article = makeArticle({
			date: '2025-02-12',
			updated: '2025-02-13',
			corrections: [
				{ date: '2025-02-15T08:00:00Z', text: 'Newest.' },
				{ date: '2025-02-14', text: 'Older.' },
			],
		});
		expect(lastModified(article).toISOString()).toBe('2025-02-15T08:00:00.000Z');
	});

	test('never predates publication, even when updated is written earlier', () => {
		const article = makeArticle({ date: '2025-02-12T10:00:00Z', updated: '2025-02-01' });
		expect(lastModified(article).toISOString()).toBe('2025-02-12T10:00:00.000Z');
		expect(isRevised(article)).toBe(false);
	});
});
