/**
 * Every kind of bad article stops the build with a message naming the file and the field, and
 * `npm run check:content` lists the same problems for every file at once. One real build of the
 * whole bad-input corpus (test/fixtures/bad/ plus the cases written here as bytes).
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from './support/build-site.ts';
import { writePicture } from './support/pictures.ts';

const BAD = join(ROOT, 'test', 'fixtures', 'bad');

/** Each bad file, the field its problem names, and what the message says. */
const EXPECTED: Record<string, { field: string; message: RegExp }> = {
	'missing-title.md': { field: 'title', message: /^title is required$/u },
	'empty-title.md': { field: 'title', message: /^title must not be empty$/u },
	'impossible-date.md': { field: 'date', message: /"2024-02-30" is not a real calendar date/u },
	'tags-not-a-list.md': { field: 'tags', message: /tags must be a list/u },
	'empty-tag.md': { field: 'tags.1', message: /tag must not be empty/u },
	'unknown-field.md': { field: 'Draft', message: /unknown field "Draft"; did you mean "draft"\?/u },
	'draft-as-string.md': { field: 'draft', message: /draft must be true or false/u },
	'invalid-yaml.md': { field: '(front-matter)', message: /^invalid YAML near line \d+: /u },
	'alias-bomb.md': { field: '(front-matter)', message: /invalid YAML: .*alias/iu },
	'duplicate-keys.md': { field: 'title', message: /"title" is given twice \(line 3\)/u },
	'empty.md': { field: '(file)', message: /the file is empty/u },
	'no-front-matter.md': { field: '(front-matter)', message: /no front-matter/u },
	'control-characters.md': { field: 'title', message: /control character \(U\+0007\)/u },
	'same-url.md': { field: 'slug', message: /same URL \(\/2024\/03\/01\/same-url\/\) as .*Same URL\.md/u },
	'Same URL.md': { field: 'slug', message: /same URL \(\/2024\/03\/01\/same-url\/\) as .*\/same-url\.md/u },
	// Written by the test: awkward or bulky as committed files.
	'invalid-utf8.md': { field: '(file)', message: /not valid UTF-8/u },
	'deep-quotes.md': { field: '(body)', message: /^quotes and lists nest more than 64 levels deep \(line 7\)/u },
	'deep-lists.md': { field: '(body)', message: /^quotes and lists nest more than 64 levels deep \(line 7\)/u },
	// Files that are not what they seem (issue 14): each named, none read, none lost.
	'dup.md': { field: '(file)', message: /^same article as .*\/dup\.markdown \(only the extension differs\)/u },
	'dup.markdown': { field: '(file)', message: /^same article as .*\/dup\.md \(only the extension differs\)/u },
	'dangling.md': { field: '(file)', message: /^the file is a link to nothing \(ENOENT\)/u },
	'zero.md': { field: '(file)', message: /^the file is a link to \/dev\/zero, outside the content folder/u },
	'outside.md': { field: '(file)', message: /^the file is a link to .*outside\.md, outside the content folder/u },
	'pipe.md': { field: '(file)', message: /^not a regular file/u },
	'huge.md': { field: '(file)', message: /^the file is larger than 8 MiB/u },
	// Not UTF-8, so unreadable by name: a folder that cannot be read even by root (chmod 000 cannot stop root).
	'caf\uFFFD': { field: '(folder)', message: /^the folder cannot be read \(ENOENT\); nothing in it was published/u },
	'many-tags.md': { field: 'tags', message: /^60 tags; an article may have at most 50/u },
	'long-slug.md': {
		field: 'slug',
		message: /^the slug "a+…", 300 bytes long; a URL segment may be at most 200 bytes/u,
	},
	'cyrillic-tag.md': { field: 'tags.0', message: /^the tag gives the slug "ж+…", 260 bytes long/u },
	['\uFDFA'.repeat(10) + '.md']: { field: 'slug', message: /^the file name gives the slug .*, 330 bytes long/u },
	'number-slug.md': {
		field: 'slug',
		message: /^slug must be text; YAML read 404 as a number: put it in quotes, e.g. "404"$/u,
	},
	// Pictures (generated files beside the articles, written by the test).
	'image-missing-file.md': { field: 'image.src', message: /^"\.\/nowhere\.jpg" does not exist$/u },
	'image-missing-alt.md': { field: 'image.alt', message: /^image\.alt is required$/u },
	'image-corrupt.md': { field: 'image.src', message: /^"\.\/corrupt\.jpg" cannot be read as a picture/u },
	'image-unsupported.md': { field: 'image.src', message: /^"\.\/chart\.svg" is not a supported picture \(\.svg\)/u },
	'image-remote-host.md': { field: 'image.src', message: /^images from evil\.example\.com are not allowed/u },
	'image-body-missing.md': { field: 'body line 9', message: /^"\.\/gone\.png" does not exist$/u },
	'image-body-no-alt.md': { field: 'body line 7', message: /^the image \.\/fine\.png has no alt text/u },
};

const WRITTEN = new Set([
	'invalid-utf8.md',
	'deep-quotes.md',
	'deep-lists.md',
	'dup.md',
	'dup.markdown',
	'dangling.md',
	'zero.md',
	'outside.md',
	'pipe.md',
	'huge.md',
	'caf\uFFFD',
	'many-tags.md',
	'long-slug.md',
	'cyrillic-tag.md',
	'\uFDFA'.repeat(10) + '.md',
	'number-slug.md',
	...Object.keys(EXPECTED).filter((name) => name.startsWith('image-')),
]);

function front(title: string): string {
	return `---\ntitle: ${title}\ndescription: A synthetic test article.\ndate: 2024-03-01\n---\n\n`;
}

/** A temporary content folder holding the whole bad corpus and one good article. */
async function badCorpus(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'news-bad-'));
	for (const name of Object.keys(EXPECTED)) if (!WRITTEN.has(name)) await copyFile(join(BAD, name), join(dir, name));
	// A title saved as Latin-1: "é" is the lone byte 0xE9, which UTF-8 never allows.
	const [before, after] = front('Caf\u00e9').split('\u00e9');
	await writeFile(
		join(dir, 'invalid-utf8.md'),
		Buffer.concat([Buffer.from(before ?? ''), Buffer.from([0xe9]), Buffer.from(`${after ?? ''}Lorem ipsum.\n`)]),
	);
	await writeFile(join(dir, 'deep-quotes.md'), `${front('Deep quotes')}${'>'.repeat(10_000)} deep\n`);
	await writeFile(join(dir, 'deep-lists.md'), `${front('Deep lists')}${'- '.repeat(10_000)}deep\n`);
	await writeFile(join(dir, 'good.md'), `${front('A good article')}Lorem ipsum.\n`);
	await writeFile(join(dir, 'dup.md'), `${front('Duplicate')}Lorem ipsum.\n`);
	await writeFile(join(dir, 'dup.markdown'), `${front('Duplicate')}Lorem ipsum.\n`.replace('2024-03-01', '2024-03-02'));
	await symlink('missing.md', join(dir, 'dangling.md'));
	await symlink('/dev/zero', join(dir, 'zero.md'));
	const elsewhere = `${dir}-elsewhere`;
	await mkdir(elsewhere);
	await writeFile(join(elsewhere, 'outside.md'), `${front('Outside')}Lorem ipsum.\n`);
	await symlink(join(elsewhere, 'outside.md'), join(dir, 'outside.md'));
	// A FIFO: opening it would wait for a writer forever.
	execFileSync('mkfifo', [join(dir, 'pipe.md')]);
	await writeFile(join(dir, 'huge.md'), `${front('Huge')}${'Lorem ipsum dolor sit amet. '.repeat(320_000)}\n`);
	await mkdir(Buffer.from([...Buffer.from(join(dir, 'caf')), 0xe9]));
	await writeFile(
		join(dir, 'many-tags.md'),
		front('Tags').replace('---\n\n', `tags: [${Array.from({ length: 60 }, (_, i) => `t${i}`).join(', ')}]\n---\n\n`) +
			'Body.\n',
	);
	await writeFile(
		join(dir, 'long-slug.md'),
		front('Slug').replace('---\n\n', `slug: ${'a'.repeat(300)}\n---\n\n`) + 'Body.\n',
	);
	await writeFile(
		join(dir, 'cyrillic-tag.md'),
		front('Tag').replace('---\n\n', `tags: [${'ж'.repeat(130)}]\n---\n\n`) + 'Body.\n',
	);
	await writeFile(join(dir, `${'\uFDFA'.repeat(10)}.md`), `${front('Ligatures')}Body.\n`);
	await writeFile(join(dir, 'number-slug.md'), front('Number').replace('---\n\n', 'slug: 404\n---\n\n') + 'Body.\n');
	await writeBadPictures(dir);
	return dir;
}

/** The picture cases: each article with what it points at (a generated picture, a broken file, nothing). */
async function writeBadPictures(dir: string): Promise<void> {
	const withImage = (title: string, image: string) =>
		`---\ntitle: ${title}\ndescription: A synthetic test article.\ndate: 2024-03-01\nimage:\n${image}---\n\n`;
	await writePicture(join(dir, 'fine.png'), { width: 64, height: 48 });
	// A JPEG that stops after its first bytes.
	await writeFile(join(dir, 'corrupt.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
	await writeFile(join(dir, 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
	await writeFile(
		join(dir, 'image-missing-file.md'),
		`${withImage('Missing', '  src: ./nowhere.jpg\n  alt: x\n')}Text.\n`,
	);
	await writeFile(join(dir, 'image-missing-alt.md'), `${withImage('No alt', '  src: ./fine.png\n')}Text.\n`);
	await writeFile(join(dir, 'image-corrupt.md'), `${withImage('Corrupt', '  src: ./corrupt.jpg\n  alt: x\n')}Text.\n`);
	await writeFile(join(dir, 'image-unsupported.md'), `${withImage('SVG', '  src: ./chart.svg\n  alt: x\n')}Text.\n`);
	await writeFile(
		join(dir, 'image-remote-host.md'),
		`${withImage('Remote', '  src: https://evil.example.com/a.jpg\n  alt: x\n')}Text.\n`,
	);
	await writeFile(join(dir, 'image-body-missing.md'), `${front('Body missing')}Text.\n\n![A picture](./gone.png)\n`);
	await writeFile(join(dir, 'image-body-no-alt.md'), `${front('Body no alt')}![](./fine.png)\n`);
}

/** The problems a message lists, by file name (without folders): `field: message` lines. */
function problemsByFile(output: string): Map<string, { field: string; message: string }[]> {
	const byFile = new Map<string, { field: string; message: string }[]>();
	let current: { field: string; message: string }[] | undefined;
	for (const line of stripVTControlCharacters(output).split('\n')) {
		const header = /^(\S.*):$/u.exec(line);
		if (header?.[1]) {
			current = [];
			byFile.set(header[1].split('/').at(-1) ?? header[1], current);
			continue;
		}
		const problem = /^ {2}- (.+?): (.*)$/u.exec(line);
		if (problem?.[1] && problem[2] !== undefined && current) current.push({ field: problem[1], message: problem[2] });
		else current = undefined;
	}
	return byFile;
}

/** Runs `npm run check:content` from `root` (paths in its messages are relative to it). */
function runCheckContent(
	contentDir: string,
	root: string = ROOT,
): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(ROOT, 'scripts', 'check-content.ts')], {
			cwd: root,
			env: { ...process.env, CONTENT_DIR: contentDir },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			resolve({ code: code ?? 1, stdout, stderr });
		});
	});
}

describe('the bad-input corpus', () => {
	test('has an expectation for every fixture file, so none goes untested', async () => {
		const files = (await readdir(BAD)).filter((name) => name.endsWith('.md') && name !== 'README.md');
		expect(files.sort()).toEqual(
			Object.keys(EXPECTED)
				.filter((name) => !WRITTEN.has(name))
				.sort(),
		);
	});
});

describe('a build of the bad-input corpus', () => {
	let contentDir: string;
	let build: BuildResult;
	let listed: Map<string, { field: string; message: string }[]>;

	beforeAll(async () => {
		contentDir = await badCorpus();
		build = await buildSite({ contentDir });
		listed = problemsByFile(build.output);
	});

	afterAll(async () => {
		if (build) await rm(dirname(build.outDir), { recursive: true, force: true });
		if (contentDir) await rm(contentDir, { recursive: true, force: true });
		if (contentDir) await rm(`${contentDir}-elsewhere`, { recursive: true, force: true });
	});

	test('fails', () => {
		expect(build.code, build.output).not.toBe(0);
	});

	test('says how many files are wrong and that nothing was published', () => {
		expect(build.output).toContain(
			`${Object.keys(EXPECTED).length} article files have problems; nothing was published.`,
		);
	});

	test.each(Object.entries(EXPECTED))('names %s with its field and what is wrong', (file, { field, message }) => {
		const problems = listed.get(file);
		expect(problems, `${file} is not named in:\n${build.output}`).toBeDefined();
		expect(problems).toContainEqual({ field, message: expect.stringMatching(message) });
	});

	test('names no good file', () => {
		expect([...listed.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	test('writes no pages', async () => {
		const written = await readdir(build.outDir).catch(() => []);
		expect(written.filter((name) => name.endsWith('.html'))).toEqual([]);
	});

	describe('npm run check:content on the same folder', () => {
		let check: { code: number; stdout: string; stderr: string };

		beforeAll(async () => {
			check = await runCheckContent(contentDir, build.root);
		});

		test('exits 1', () => {
			expect(check.code, check.stderr).toBe(1);
		});

		test('lists every bad file at once, with exactly the problems the build reported', () => {
			const checked = problemsByFile(check.stderr);
			expect([...checked.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
			expect(Object.fromEntries(checked)).toEqual(Object.fromEntries(listed));
		});
	});
});

describe('npm run check:content on the real content folder', () => {
	test('passes and counts what will be published', async () => {
		const check = await runCheckContent(join(ROOT, 'content'));
		expect(check.code, check.stderr).toBe(0);
		expect(check.stdout).toMatch(
			/^\d+ article files? in .*content, no problems: \d+ published, \d+ drafts?, \d+ scheduled; \d+ author profiles?, \d+ site pages?\.$/mu,
		);
	});
});
