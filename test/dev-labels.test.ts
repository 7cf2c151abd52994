/**
 * Under a real `astro dev` server, drafts and scheduled articles are shown, each with its label,
 * on the home page and on its own page; the dev server says so when it loads the articles.
 * (Their absence from production output is tested on a real build in publishing-safety.test.ts.)
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD_TIME } from './fixtures/safety-corpus.ts';
import { ROOT } from './support/build-site.ts';
import { startDevServer, type DevServer } from './support/dev-server.ts';
import { attr, findAll, hasClass, parseHtml, textOf } from './support/html-query.ts';
import { copyRealArticles } from './support/real-articles.ts';

const DRAFT = { title: 'Draft zq7xk headline', path: '/2024/05/01/held-back-draft/' };
const SCHEDULED = { title: 'Scheduled vw4pj headline', path: '/2025/06/02/held-back-scheduled/' };

let dev: DevServer;
let contentDir: string;

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'news-dev-'));
	await cp(join(ROOT, 'test', 'fixtures', 'publishing'), join(contentDir, 'publishing'), { recursive: true });
	await copyRealArticles(join(ROOT, 'content'), join(contentDir, 'real'));
	dev = await startDevServer({ CONTENT_DIR: contentDir, BUILD_TIME });
}, 300_000);

afterAll(async () => {
	await dev?.stop();
	if (contentDir) await rm(contentDir, { recursive: true, force: true });
});

async function page(path: string) {
	const response = await fetch(dev.origin + path);
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
		expect(dev.output()).toContain(
			'[publishing] Showing 1 article published, with 1 draft and 1 scheduled labelled (a build holds those back).',
		);
	});
});
