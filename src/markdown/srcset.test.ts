import { describe, expect, test } from 'vitest';
import { SRCSET_CASES } from '../../test/support/srcset-cases.ts';
import { readSrcset, srcsetText } from './srcset.ts';

describe('srcsetText', () => {
	test('is the attribute as written, a list of candidates joined by commas, or undefined', () => {
		expect(srcsetText('https://img.example/w_100,h_50/a.jpg 1x')).toBe('https://img.example/w_100,h_50/a.jpg 1x');
		expect(srcsetText(['/a.jpg 1x', '/b.jpg 2x'])).toBe('/a.jpg 1x, /b.jpg 2x');
		expect(srcsetText(undefined)).toBeUndefined();
		expect(srcsetText(true)).toBeUndefined();
	});
});

describe('readSrcset', () => {
	test.each(SRCSET_CASES)('reads %s as browsers do, or not at all', (_case, srcset, candidates) => {
		expect(readSrcset(srcset)).toEqual(candidates);
	});
});
