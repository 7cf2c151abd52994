import { mkdtemp, readFile, rm, stat, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { linkTree } from './link-tree.ts';

let dir = '';
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'link-tree-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('linkTree', () => {
	test('gives every file of the tree, nested folders included, as a link to the same file', async () => {
		await mkdir(join(dir, 'from', 'fragment', 'deep'), { recursive: true });
		await writeFile(join(dir, 'from', 'pagefind-entry.json'), '{"version":"1"}');
		await writeFile(join(dir, 'from', 'fragment', 'deep', 'a.pf_fragment'), 'fragment');
		await mkdir(join(dir, 'from', 'empty'));

		await linkTree(join(dir, 'from'), join(dir, 'to', 'bundle'));

		expect(await readFile(join(dir, 'to', 'bundle', 'fragment', 'deep', 'a.pf_fragment'), 'utf8')).toBe('fragment');
		expect(await readFile(join(dir, 'to', 'bundle', 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1"}');
		expect((await stat(join(dir, 'to', 'bundle', 'empty'))).isDirectory()).toBe(true);
		const [source, target] = await Promise.all(
			['from', join('to', 'bundle')].map((folder) => stat(join(dir, folder, 'pagefind-entry.json'))),
		);
		expect(target?.ino).toBe(source?.ino);
		expect(target?.nlink).toBe(2);
	});

	test('refuses what is neither a file nor a folder, naming it', async () => {
		await mkdir(join(dir, 'from'));
		await symlink('/etc/hostname', join(dir, 'from', 'elsewhere'));
		await expect(linkTree(join(dir, 'from'), join(dir, 'to'))).rejects.toThrow(
			/elsewhere is neither a file nor a folder/u,
		);
	});
});
