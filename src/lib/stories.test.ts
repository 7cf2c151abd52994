import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../test/support/article-factory.ts';
import { groupByStory, storyPosition } from './stories.ts';

describe('groupByStory', () => {
	const first = makeArticle({ story: 'Harbour strike', date: '2025-03-01T09:00:00Z', title: 'Walkout' }, { id: 'a' });
	const second = makeArticle({ story: 'harbour strike', date: '2025-03-02', title: 'Talks' }, { id: 'b' });
	const third = makeArticle({ story: 'Harbour Strike', date: '2025-03-04', title: 'Deal' }, { id: 'c' });
	const other = makeArticle({ story: 'Budget', date: '2025-03-03' }, { id: 'd' });
	const none = makeArticle({ date: '2025-03-05' }, { id: 'e' });

	test('orders a story oldest first whatever the input order, names it as its newest article does', () => {
		const [story] = groupByStory([second, none, third, first]);
		expect(story?.slug).toBe('harbour-strike');
		expect(story?.name).toBe('Harbour Strike');
		expect(story?.articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
	});

	test('lists stories with the latest activity first and leaves articles without a story out', () => {
		expect(groupByStory([other, first, none, third]).map((s) => s.slug)).toEqual(['harbour-strike', 'budget']);
		expect(groupByStory([other, first, second]).map((s) => s.slug)).toEqual(['budget', 'harbour-strike']);
	});

	test('gives each article its position, "3 of 3" for the newest', () => {
		const [story] = groupByStory([first, second, third]);
		if (!story) throw new Error('no story');
		expect(storyPosition(story, third)).toEqual({ number: 3, total: 3 });
		expect(storyPosition(story, first)).toEqual({ number: 1, total: 3 });
		expect(storyPosition(story, other)).toBeUndefined();
	});

	test('takes a story of one article', () => {
		expect(groupByStory([other])[0]?.articles).toEqual([other]);
	});
});
