/**
 * Under a real `astro dev` server, drafts and scheduled articles are shown, each with its label,
 * on the home page and on its own page; the dev server says so when it loads the articles.
 * (Their absence from production output is tested on a real build in publishing-safety.test.ts.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD_TIME } from './fixtures/safety-corpus.ts';
import { ROOT } from './support/build-site.ts';
import { attr, findAll, hasClass, parseHtml, textOf } from './support/html-query.ts';
import { copyRealArticles } from './support/real-articles.ts';

const DRAFT = { title: 'Draft zq7xk headline', path: '/2024/05/01/held-back-draft/' };
const SCHEDULED = { title: 'Scheduled vw4pj headline', path: '/2025/06/02/held-back-scheduled/' };
// `astro dev` keeps its content store in the project's .astro folder; it is put back afterwards.
const DEV_STORE = join(ROOT, '.astro', 'data-store.json');
const VITEST_VARIABLES = new Set(['TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => {
				resolve(port);
			});
		});
	});
}

let dev: ChildProcess;
let output = '';
let origin: string;
let savedStore: Buffer | undefined;

beforeAll(async () => {
	const contentDir = await mkdtemp(join(tmpdir(), 'news-dev-'));
	await cp(join(ROOT, 'test', 'fixtures', 'publishing'), join(contentDir, 'publishing'), { recursive: true });
	await copyRealArticles(join(ROOT, 'content'), join(contentDir, 'real'));
	savedStore = await readFile(DEV_STORE).catch(() => undefined);
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	dev = spawn(
		process.execPath,
		[join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{
			cwd: ROOT,
			env: {
				// Without the variables Vitest sets for itself (VITEST, and Vite's MODE=test, DEV, PROD…):
				// under them `astro dev` serves 404s and runs in "test" mode instead of development.
				...Object.fromEntries(
					Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && !VITEST_VARIABLES.has(name)),
				),
				NODE_ENV: 'development',
				ASTRO_TELEMETRY_DISABLED: '1',
				ASTRO_CACHE_DIR: await mkdtemp(join(tmpdir(), 'news-dev-cache-')),
				CONTENT_DIR: contentDir,
				BUILD_TIME,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	// Ready when the home page answers (the first request also loads the collection).
	const deadline = Date.now() + 240_000;
	for (;;) {
		const response = await fetch(`${origin}/`).catch(() => undefined);
		if (response?.ok) break;
		if (Date.now() > deadline || dev.exitCode !== null) throw new Error(`astro dev did not start:\n${output}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}, 300_000);

afterAll(async () => {
	if (dev?.exitCode === null) {
		const closed = new Promise((resolve) => dev.once('close', resolve));
		dev.kill('SIGTERM');
		await closed;
	}
	if (savedStore) await writeFile(DEV_STORE, savedStore);
	else await rm(DEV_STORE, { force: true });
});

async function page(path: string) {
	const response = await fetch(origin + path);
	expect(response.status, path).toBe(200);
	return parseHtml(await response.text());
}

describe('astro dev', () => {
	test('lists the draft and the scheduled article on the front page, each labelled', async () => {
		// A story with its standfirst, or a line of the front page's headline lists.
		const front = await page('/');
		const cards = [
			...findAll(front, (e) => hasClass(e, 'story')),
			...findAll(front, (e) => hasClass(e, 'headlines')).flatMap((list) => findAll(list, 'li')),
		];
		const labelOf = (title: string) => {
			const card = cards.find((c) => findAll(c, 'a').some((a) => textOf(a) === title));
			expect(card, `no card for ${title}`).toBeDefined();
			return card ? findAll(card, (e) => hasClass(e, 'status-label')).map(textOf) : [];
		};
		expect(labelOf(DRAFT.title)).toEqual(['Draft']);
		expect(labelOf(SCHEDULED.title)).toEqual(['Scheduled']);
		const seed = cards.find((c) =>
			findAll(c, 'a').some((a) => attr(a, 'href') === '/2025/02/12/trump-putin-ukraine-peace-talks/'),
		);
		expect(seed && findAll(seed, (e) => hasClass(e, 'status-label'))).toEqual([]);
	});

	test('shows each on its own page with its label', async () => {
		for (const { title, path, label } of [
			{ ...DRAFT, label: 'Draft' },
			{ ...SCHEDULED, label: 'Scheduled' },
		]) {
			const doc = await page(path);
			expect(findAll(doc, 'h1').map(textOf)).toEqual([title]);
			expect(findAll(doc, (e) => hasClass(e, 'status-label')).map(textOf)).toEqual([label]);
		}
	});

	test('says what it shows that a build would hold back', () => {
		expect(output).toContain(
			'[publishing] Showing 1 article published, with 1 draft and 1 scheduled labelled (a build holds those back).',
		);
	});
});
