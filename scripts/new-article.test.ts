import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkArticleFiles } from '../src/lib/content/article-files.ts';
import { readArticleFiles } from '../src/loaders/content-files.ts';
import { ROOT } from '../test/support/build-site.ts';

/** Runs `npm run new -- …args` in the project, on a temporary content folder (never content/). */
function runNew(
	contentDir: string,
	args: readonly string[],
	env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', '--silent', 'new', '--', ...args], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: contentDir, ...env },
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

describe('npm run new', () => {
	test('writes a valid article dated today in the site time zone and prints its path, then what to do next', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'news-new-'));
		// 03:00 UTC on 1 March is 28 February in New York, the site's zone.
		const result = await runNew(dir, ['Harbour budget: "up" 5%'], { BUILD_TIME: '2025-03-01T03:00:00Z' });
		expect(result.code, result.stderr).toBe(0);
		const path = join(dir, 'harbour-budget-up-5.md');
		const [printed, ...next] = result.stdout.split('\n');
		expect(printed).toBe(path);
		// Then what to do next: write it, preview it, publish it.
		expect(next.join('\n')).toMatch(/Write the article in .*harbour-budget-up-5\.md/u);
		expect(next.join('\n')).toContain('npm run dev');
		expect(next.join('\n')).toContain('Remove `draft: true`');
		expect(await readdir(dir)).toEqual(['harbour-budget-up-5.md']);
		expect(await readFile(path, 'utf8')).toContain('\ndate: 2025-02-28\n');
		const { articles, problems } = checkArticleFiles(await readArticleFiles(ROOT, dir), 'America/New_York');
		expect(problems).toEqual([]);
		expect(articles[0]?.data).toMatchObject({ title: 'Harbour budget: "up" 5%', draft: true });
	});

	test('never overwrites, and refuses a headline whose URL is taken that day', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'news-new-'));
		const env = { BUILD_TIME: '2025-03-01T12:00:00Z' };
		expect((await runNew(dir, ['Same headline'], env)).code).toBe(0);
		const before = await readFile(join(dir, 'same-headline.md'), 'utf8');
		const again = await runNew(dir, ['Same headline'], env);
		expect(again.code).toBe(1);
		expect(again.stderr).toMatch(/already exists/u);
		expect(await readFile(join(dir, 'same-headline.md'), 'utf8')).toBe(before);
		// A hand-named file with the same slug and day would share the URL.
		const other = await mkdtemp(join(tmpdir(), 'news-new-'));
		await writeFile(
			join(other, 'Talks Resume.md'),
			'---\ntitle: Talks resume\ndescription: A synthetic article.\ndate: 2025-03-01\n---\n',
		);
		const clash = await runNew(other, ['Talks resume'], env);
		expect(clash.code).toBe(1);
		expect(clash.stderr).toMatch(/^Not written: slug: same URL \(\/2025\/03\/01\/talks-resume\/\)/u);
		expect(await readdir(other)).toEqual(['Talks Resume.md']);
	});

	test('asks for a headline when given none', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'news-new-'));
		const result = await runNew(dir, []);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/Usage: npm run new -- "Headline/u);
		expect(await readdir(dir)).toEqual([]);
	});
});
