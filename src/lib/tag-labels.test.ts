import { describe, expect, test } from 'vitest';
import { distinctTagLabels } from './tag-labels.ts';

describe('distinctTagLabels', () => {
	test('keeps the first spelling of each tag, in the article order', () => {
		expect(distinctTagLabels(['Donald Trump', 'Ukraine', 'donald trump', ' UKRAINE '])).toEqual([
			'Donald Trump',
			'Ukraine',
		]);
	});

	test('uses the site-wide label when a labeller is given', () => {
		expect(distinctTagLabels(['ukraine'], (slug) => (slug === 'ukraine' ? 'Ukraine' : slug))).toEqual(['Ukraine']);
	});
});
