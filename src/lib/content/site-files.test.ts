import { describe, expect, test } from 'vitest';
import { checkProfileFile, checkSitePageFile } from './site-files.ts';

const file = (name: string, text: string) => ({
	name,
	filePath: `content/x/${name}`,
	bytes: new TextEncoder().encode(text),
});

describe('checkProfileFile', () => {
	test('reads a YAML profile, its slug from the file name', () => {
		expect(checkProfileFile(file('ada-reporter.yml', 'role: Reporter\nsameAs: [https://example.org/ada]\n'))).toEqual({
			profile: { slug: 'ada-reporter', role: 'Reporter', sameAs: ['https://example.org/ada'] },
		});
	});

	test('reads a Markdown profile, its body the bio, its slug from the name it gives', () => {
		const checked = checkProfileFile(file('ada.md', '---\nname: Ada Reporter\n---\n\nCovers the harbour.\n'));
		expect(checked).toEqual({ profile: { slug: 'ada-reporter', name: 'Ada Reporter', bio: 'Covers the harbour.', sameAs: [] } });
	});

	test('names the file and field of a bad profile', () => {
		const checked = checkProfileFile(file('ada.yml', 'sameAs: [javascript:alert(1)]\nwebsite: x\n'));
		expect('problems' in checked && checked.problems.map((p) => [p.file, p.field])).toEqual(
			expect.arrayContaining([
				['content/x/ada.yml', 'sameAs.0'],
				['content/x/ada.yml', '(file)'],
			]),
		);
	});
});

describe('checkSitePageFile', () => {
	test('reads a page with its title and description, its slug the file name', () => {
		const checked = checkSitePageFile(file('about.md', '---\ntitle: About\ndescription: What this is.\n---\n\nText.\n'));
		expect('page' in checked && [checked.page.slug, checked.page.title]).toEqual(['about', 'About']);
	});

	test('refuses a page without a title, or one named like a site route', () => {
		expect(checkSitePageFile(file('about.md', '---\ndescription: x\n---\n'))).toHaveProperty('problems');
		const taken = checkSitePageFile(file('tags.md', '---\ntitle: T\ndescription: x\n---\n'));
		expect('problems' in taken && taken.problems[0]?.message).toMatch(/taken/u);
	});
});
