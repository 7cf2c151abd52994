/**
 * The editing loop under a real `astro dev`, on a copy of the real article: an edit, a new
 * article from `npm run new`, a removal, a broken file and its fix all show without a restart.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from './support/build-site.ts';
import { startDevServer, waitFor, type DevServer } from './support/dev-server.ts';
import { findAll, parseHtml, textOf } from './support/html-query.ts';

const BUILD_TIME = '2025-06-01T12:00:00Z';
const ARTICLE = { file: 'trump-putin-ukraine-peace-talks.md', path: '/2025/02/12/trump-putin-ukraine-peace-talks/' };
const NEW = { headline: 'Dev draft test', file: 'dev-draft-test.md', path: '/2025/06/01/dev-draft-test/' };

let contentDir: string;
let dev: DevServer;

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'news-dev-edit-'));
	await cp(join(ROOT, 'content'), contentDir, { recursive: true });
	dev = await startDevServer({ CONTENT_DIR: contentDir, BUILD_TIME });
}, 300_000);

afterAll(async () => {
	await dev?.stop();
	if (contentDir) await rm(contentDir, { recursive: true, force: true });
});

/** The status of `path` and its <h1> texts. */
async function get(path: string): Promise<{ status: number; headings: string[] }> {
	const response = await fetch(dev.origin + path);
	const html = await response.text();
	return { status: response.status, headings: findAll(parseHtml(html), 'h1').map(textOf) };
}

/** Waits until `path` answers `status` (with `heading` as its <h1>, if given). */
async function waitForPage(path: string, status: number, heading?: string): Promise<void> {
	let last = { status: 0, headings: [] as string[] };
	await waitFor(
		async () => {
			last = await get(path);
			return last.status === status && (heading === undefined || last.headings.includes(heading));
		},
		{
			timeout: 60_000,
			what: () =>
				`${path} still answers ${last.status} ${JSON.stringify(last.headings)}, not ${status} ${heading ?? ''}\n${dev.output()}`,
		},
	);
}

async function editArticle(edit: (text: string) => string): Promise<void> {
	const file = join(contentDir, ARTICLE.file);
	await writeFile(file, edit(await readFile(file, 'utf8')));
}

const setTitle = (title: string) => (text: string) => text.replace(/^title: .*$/mu, `title: ${JSON.stringify(title)}`);

describe('astro dev follows the content folder', () => {
	test('an edited title shows on the article page without a restart', async () => {
		await waitForPage(ARTICLE.path, 200);
		await editArticle(setTitle('Edited in dev: talks move to Riyadh'));
		await waitForPage(ARTICLE.path, 200, 'Edited in dev: talks move to Riyadh');
	});

	test('an article started with npm run new is served at once, and says what to do next', async () => {
		const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
			let out = '';
			const child = spawn(process.execPath, [join(ROOT, 'scripts', 'new-article.ts'), NEW.headline], {
				cwd: ROOT,
				env: { ...process.env, CONTENT_DIR: contentDir, BUILD_TIME },
				stdio: ['ignore', 'pipe', 'inherit'],
			});
			child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
			child.on('close', (exitCode) => {
				resolve({ code: exitCode, stdout: out });
			});
		});
		expect(code, stdout).toBe(0);
		expect(stdout).toContain('npm run dev');
		await waitForPage(NEW.path, 200, NEW.headline);
	});

	test('a removed article is gone (404)', async () => {
		await rm(join(contentDir, NEW.file));
		await waitForPage(NEW.path, 404);
	});

	test('a broken file is reported naming file and field; the page keeps its last good version', async () => {
		await editArticle((text) => text.replace(/^date: .*$/mu, 'date: someday'));
		await waitFor(() => /trump-putin-ukraine-peace-talks\.md:\n\s+- date: /u.test(dev.output()), {
			timeout: 60_000,
			what: () => `no problem naming the file and "date" in the dev output:\n${dev.output()}`,
		});
		expect((await get(ARTICLE.path)).headings).toEqual(['Edited in dev: talks move to Riyadh']);
	});

	test('fixing the file recovers without a restart', async () => {
		await editArticle((text) => setTitle('Fixed in dev')(text.replace(/^date: .*$/mu, 'date: 2025-02-12')));
		await waitForPage(ARTICLE.path, 200, 'Fixed in dev');
		expect(dev.output()).toContain('Every article file is valid again.');
	});
});
