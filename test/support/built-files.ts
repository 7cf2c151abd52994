import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { glob } from 'tinyglobby';

/**
 * Every file of a built site as text, by path relative to the site root (`2025/02/12/x/index.html`).
 * Gzip files (Pagefind's index and fragments) are unpacked, so a search of the text covers the
 * search index too.
 */
export async function readBuiltFiles(outDir: string): Promise<Map<string, string>> {
	const paths = (await glob('**/*', { cwd: outDir, dot: true, onlyFiles: true })).sort();
	const files = new Map<string, string>();
	for (const path of paths) {
		const bytes = await readFile(join(outDir, path));
		const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
		files.set(path, (isGzip ? gunzipSync(bytes) : bytes).toString('utf8'));
	}
	return files;
}

/** The HTML pages among the built files. */
export function htmlPages(files: ReadonlyMap<string, string>): Map<string, string> {
	return new Map([...files].filter(([path]) => path.endsWith('.html')));
}
