import { describe, expect, test } from 'vitest';
import { makeArticle, testContext } from '../../../test/support/article-factory.ts';
import { groupByStory } from '../stories.ts';
import { storyBox, storyIndexView, storyPages } from './story-pages.ts';

const context = testContext();
const first = makeArticle({ story: 'Harbour strike', date: '2025-03-02T08:00:00-05:00', title: 'Begins' }, { id: 'a' });
const second = makeArticle({ story: 'Harbour strike', date: '2025-03-03', title: 'Talks' }, { id: 'b' });
const third = makeArticle(
	{ story: 'Harbour strike', date: '2025-03-04', title: 'Ends', label: 'opinion' },
	{ id: 'c' },
);
const stories = groupByStory([third, second, first]);

describe('storyBox', () => {
	test('says where the article stands and lists the story in order, marking the current one', () => {
		const [story] = stories;
		if (!story) throw new Error('no story');
		const box = storyBox(story, second, context);
		expect(box?.heading).toBe('Part of: Harbour strike');
		expect(box?.href).toBe('/news/stories/harbour-strike/');
		expect(box?.position).toBe('2 of 3');
		expect(box?.articles.map((a) => [a.title, a.current])).toEqual([
			['Begins', false],
			['Talks', true],
			['Ends', false],
		]);
	});
});

describe('storyPages', () => {
	test('shows the timeline newest first, the first article marked, with the time when given', () => {
		const [page] = storyPages(stories, context);
		expect(page?.entries.map((e) => [e.card.title, e.first])).toEqual([
			['Ends', false],
			['Talks', false],
			['Begins', true],
		]);
		expect(page?.entries[2]?.card.published.text).toMatch(/8:00 a\.m\./u);
		expect(page?.entries[0]?.card.kicker).toBe('Opinion');
		expect(page?.feeds.map((f) => f.href)).toContain('https://example.org/news/stories/harbour-strike/rss.xml');
	});
});

describe('storyIndexView', () => {
	test('lists each story with its count and latest activity', () => {
		expect(storyIndexView(stories, context).stories).toEqual([
			{
				href: '/news/stories/harbour-strike/',
				name: 'Harbour strike',
				countText: '3 articles',
				latest: expect.objectContaining({ iso: '2025-03-04T00:00:00-05:00' }),
			},
		]);
	});
});
