import { describe, expect, test } from 'vitest';
import { articleId, isArticleFileName, isHiddenName, isNonArticleFolder } from './content-folders.ts';

describe('isArticleFileName', () => {
	test('takes .md and .markdown in any case', () => {
		expect(['a.md', 'upper.MD', 'Story.Markdown', 'x.mD'].every(isArticleFileName)).toBe(true);
	});

	test('leaves pictures, notes and near misses alone', () => {
		expect(['photo.jpg', 'notes.txt', 'md', 'a.mdx', 'a.md.bak'].some(isArticleFileName)).toBe(false);
	});
});

describe('articleId', () => {
	test('drops the extension whatever its case, so dup.md and dup.MARKDOWN are one id', () => {
		expect(articleId('world/dup.md')).toBe('world/dup');
		expect(articleId('world/dup.MARKDOWN')).toBe('world/dup');
	});
});

describe('isNonArticleFolder and isHiddenName', () => {
	test('know the folders of author profiles and site pages, at the top only', () => {
		expect(isNonArticleFolder('authors')).toBe(true);
		expect(isNonArticleFolder('pages')).toBe(true);
		expect(isNonArticleFolder('world/pages')).toBe(false);
	});

	test('treat dot names as hidden', () => {
		expect(isHiddenName('.git')).toBe(true);
		expect(isHiddenName('a.md')).toBe(false);
	});
});
