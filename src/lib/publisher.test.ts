import { describe, expect, test } from 'vitest';
import { policyPageProblems, sitePageSlugProblem } from './publisher.ts';

const publisher = {
	name: 'The Ledger',
	logo: 'favicon.svg',
	pages: {
		about: 'about',
		publishingPrinciples: 'standards',
		ethicsPolicy: 'ethics',
		masthead: '',
		noBylinesPolicy: '',
	},
};

describe('policyPageProblems', () => {
	test('names each policy whose page is missing, with its setting and the file it expects', () => {
		const problems = policyPageProblems(publisher, new Set(['about', 'standards']), 'content/pages');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('ethicsPolicy page is "ethics" (ETHICS_POLICY_PAGE)');
		expect(problems[0]).toContain('content/pages/ethics.md does not exist');
	});

	test('is content when every named page exists; an empty setting names none', () => {
		expect(policyPageProblems(publisher, new Set(['about', 'standards', 'ethics']), 'content/pages')).toEqual([]);
	});
});

describe('sitePageSlugProblem', () => {
	test('keeps site pages off the site’s own routes and year pages', () => {
		expect(sitePageSlugProblem('about')).toBeUndefined();
		expect(sitePageSlugProblem('tags')).toMatch(/taken/u);
		expect(sitePageSlugProblem('2025')).toMatch(/digits/u);
	});
});
