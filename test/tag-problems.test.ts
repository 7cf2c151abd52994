/**
 * Tag problems stop a real build with a message a publisher can act on: an empty tag names its
 * file and field; two different tags that would share one tag page name both tags and their files.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from './support/build-site.ts';

/** A synthetic article (no real news) with these tags. */
function article(title: string, tags: string[]): string {
	return [
		'---',
		`title: ${JSON.stringify(title)}`,
		'description: "A synthetic article for the tag tests."',
		'date: 2024-05-01',
		`tags: [${tags.map((t) => JSON.stringify(t)).join(', ')}]`,
		'---',
		'',
		'Lorem ipsum.',
		'',
	].join('\n');
}

async function contentDir(files: Record<string, string>): Promise<string> {
	const dir = join(await mkdtemp(join(tmpdir(), 'news-tags-')), 'content');
	await mkdir(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
	return dir;
}

/** The build output without colour codes. */
const plain = (build: BuildResult): string => stripVTControlCharacters(build.output);

describe('a build with tag problems', () => {
	let empty: BuildResult;
	let collision: BuildResult;

	beforeAll(async () => {
		empty = await buildSite({
			contentDir: await contentDir({
				'fine.md': article('Fine', ['Ukraine']),
				'blank-tag.md': article('Blank tag', ['Ukraine', '   ']),
			}),
		});
		collision = await buildSite({
			contentDir: await contentDir({
				'plus.md': article('Plus', ['C++', 'Ukraine']),
				'sharp.md': article('Sharp', ['C#']),
				'variant.md': article('Variant', ['ukraine']),
			}),
		});
	}, 600_000);

	test('fails on an empty tag, naming the file and the field', () => {
		expect(empty.code).not.toBe(0);
		expect(plain(empty)).toMatch(/blank-tag\.md:\s+- tags\.1: tag must not be empty/u);
		expect(plain(empty)).not.toMatch(/fine\.md:/u);
	});

	test('fails when two different tags would share a page, naming both tags and both files', () => {
		expect(collision.code).not.toBe(0);
		const output = plain(collision);
		expect(output).toMatch(
			/plus\.md:\s+- tags: tag "C\+\+" and tag "C#" \(in \S*sharp\.md\) would share one page, \/tags\/c\/; rename one of them/u,
		);
		expect(output).toMatch(/sharp\.md:\s+- tags: tag "C#" and tag "C\+\+" \(in \S*plus\.md\) would share one page/u);
		// Spelling variants of one tag are not a problem.
		expect(output).not.toMatch(/variant\.md:/u);
	});
});
