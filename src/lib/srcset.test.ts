import { describe, expect, test } from 'vitest';
import { SRCSET_CASES } from '../../test/support/srcset-cases.ts';
import { readSrcset } from './srcset.ts';

describe('readSrcset', () => {
	test.each(SRCSET_CASES)('reads %s as browsers do, or not at all', (_case, srcset, candidates) => {
		expect(readSrcset(srcset)).toEqual(candidates);
	});
});
