import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Makes `to` hold the files of `from`, each a hard link to the same file rather than a copy (a copy when
 * no link can be made, e.g. across file systems). For trees nobody writes into in place: the search
 * bundles kept in the cache and put into each build's site, where copying ten thousand fragment files
 * took seconds of every publish.
 */
export async function linkTree(from: string, to: string): Promise<void> {
	await mkdir(to, { recursive: true });
	for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
		const source = join(entry.parentPath, entry.name);
		const target = join(to, relative(from, source));
		if (entry.isDirectory()) await mkdir(target, { recursive: true });
		else if (entry.isFile()) await link(source, target).catch(() => copyFile(source, target));
		else throw new Error(`${source} is neither a file nor a folder; it cannot be linked into ${to}`);
	}
}
