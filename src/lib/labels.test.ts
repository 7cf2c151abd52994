import { describe, expect, test } from 'vitest';
import { labelKicker } from './labels.ts';

describe('labelKicker', () => {
	test('shows no kicker for plain news, and names every other kind', () => {
		expect(labelKicker('news')).toBeUndefined();
		expect(labelKicker('opinion')).toBe('Opinion');
		expect(labelKicker('explainer')).toBe('Explainer');
	});
});
