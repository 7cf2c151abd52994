import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scanContentFolder, type ContentScan } from './content-files.ts';

const ARTICLE = '---\ntitle: T\ndescription: D.\ndate: 2025-02-12\n---\nBody.\n';

describe('scanContentFolder', () => {
	let root: string;
	let content: string;
	let scan: ContentScan;
	const problem = (name: string) => scan.problems.find((p) => p.file === `content/${name}`);

	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'news-scan-'));
		content = join(root, 'content');
		await mkdir(join(content, 'world'), { recursive: true });
		await mkdir(join(content, 'authors'));
		await mkdir(join(content, '.git'));
		await writeFile(join(content, 'plain.md'), ARTICLE);
		await writeFile(join(content, 'upper.MD'), ARTICLE);
		await writeFile(join(content, 'world', 'Story.Markdown'), ARTICLE);
		await writeFile(join(content, 'world', 'photo.jpg'), 'not an article');
		await writeFile(join(content, 'authors', 'jane.md'), ARTICLE);
		await writeFile(join(content, 'big.md'), ARTICLE.repeat(10));
		await writeFile(join(root, 'elsewhere.md'), ARTICLE);
		await symlink('plain.md', join(content, 'inside-link.md'));
		await symlink('missing.md', join(content, 'dangling.md'));
		await symlink('/dev/zero', join(content, 'zero.md'));
		await symlink(join(root, 'elsewhere.md'), join(content, 'outside.md'));
		await symlink(root, join(content, 'linked-folder'));
		execFileSync('mkfifo', [join(content, 'pipe.md')]);
		// A folder whose name is not UTF-8 cannot be read by name: a real unreadable folder even for root.
		await mkdir(Buffer.from([...Buffer.from(join(content, 'caf')), 0xe9]));
		scan = await scanContentFolder(root, content, { maxBytes: ARTICLE.length * 5 });
	});

	afterAll(async () => {
		await rm(root, { recursive: true, force: true });
	});

	test('reads articles with .md and .markdown in any case, in sub-folders and through links that stay inside', () => {
		expect(scan.files.map((f) => f.path)).toEqual(['inside-link.md', 'plain.md', 'upper.MD', 'world/Story.Markdown']);
		expect(scan.files[0]?.filePath).toBe('content/inside-link.md');
	});

	test('skips the folders of other collections and lists pictures and hidden files as ignored', () => {
		expect(scan.ignored).toEqual(['content/.git/', 'content/world/photo.jpg']);
	});

	test('names a dangling link, a link to a device, a link out of the folder and a FIFO, reading none', () => {
		expect(problem('dangling.md')?.message).toMatch(/link to nothing \(ENOENT\)/u);
		expect(problem('zero.md')?.message).toMatch(/link to \/dev\/zero, outside the content folder/u);
		expect(problem('outside.md')?.message).toMatch(/outside the content folder/u);
		expect(problem('pipe.md')?.message).toMatch(/not a regular file/u);
		expect(problem('linked-folder')?.message).toMatch(/link to another folder/u);
	});

	test('names a folder it cannot read', () => {
		expect(scan.problems.find((p) => p.field === '(folder)' && p.file.startsWith('content/caf'))?.message).toMatch(
			/the folder cannot be read \(ENOENT\); nothing in it was published/u,
		);
	});

	test('refuses a file past the byte cap without reading it', () => {
		expect(problem('big.md')?.message).toMatch(/larger than \d+ bytes, the most an article may be/u);
	});

	test('names a content folder that is not a folder', async () => {
		const result = await scanContentFolder(root, join(root, 'elsewhere.md'));
		expect(result.problems).toEqual([
			{ file: 'elsewhere.md', field: '(folder)', message: expect.stringMatching(/ENOTDIR/u) },
		]);
	});
});
