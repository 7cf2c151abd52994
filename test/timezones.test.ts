/**
 * The build machine's time zone must not move an article: the same content built under TZ=UTC,
 * TZ=America/Los_Angeles and TZ=Pacific/Kiritimati (UTC+14) gives byte-identical files. The
 * fixture corpus is joined by a few articles dated near midnight and the turn of the year, whose
 * tags are the hard cases for slugs (composed and decomposed "café", Cyrillic, CJK, emoji, a
 * slash, "..", markup and quotes); the UTC build is also checked for where those land.
 */
import { readFile, writeFile, mkdir, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeSiteCorpus } from './fixtures/site-corpus.ts';
import { buildSite, ROOT, type BuildResult } from './support/build-site.ts';

const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'] as const;

/** Synthetic articles (no real news) whose dates and tags are the hard cases. */
const EDGE_ARTICLES: Record<string, { date: string; tags: string[] }> = {
	// 23:30 in New York is already the next day in UTC and in Kiritimati.
	'edge-late-evening': { date: '2024-06-30T23:30:00-04:00', tags: ['Caf\u00e9', 'Україна', 'AC/DC'] },
	// A bare date at the turn of the year: read as UTC midnight it would be 30 December in Los Angeles.
	'edge-new-years-eve': { date: '2024-12-31', tags: ['Cafe\u0301', '../../etc', '<b>Markup</b>'] },
	// Written in Kiritimati's own offset: 00:30 on 1 July there is 06:30 on 30 June in New York.
	'edge-kiritimati': { date: '2024-07-01T00:30:00+14:00', tags: ['🚀', 'Say "cheese"', '東京'] },
};

function edgeArticle(name: string, { date, tags }: { date: string; tags: string[] }): string {
	const title = `Edge fixture ${name}`;
	return [
		'---',
		`title: ${JSON.stringify(title)}`,
		'description: "A synthetic article for the time-zone and tag tests."',
		`date: ${date}`,
		`tags: [${tags.map((t) => JSON.stringify(t)).join(', ')}]`,
		'---',
		'',
		'Lorem ipsum dolor sit amet.',
		'',
	].join('\n');
}

describe('builds under three machine time zones', () => {
	const builds = new Map<string, BuildResult>();
	let files: string[];
	const dist = (...path: string[]): string => join(builds.get('UTC')?.outDir ?? '', ...path);
	const html = (...path: string[]): Promise<string> => readFile(dist(...path, 'index.html'), 'utf8');

	beforeAll(async () => {
		const content = join(await mkdtemp(join(tmpdir(), 'news-tz-')), 'content');
		await writeSiteCorpus(content, join(ROOT, 'content'));
		await mkdir(join(content, 'edge'), { recursive: true });
		for (const [name, article] of Object.entries(EDGE_ARTICLES))
			await writeFile(join(content, 'edge', `${name}.md`), edgeArticle(name, article));
		// One at a time: two cores, and each build already uses both.
		for (const zone of ZONES) {
			builds.set(zone, await buildSite({ contentDir: content, env: { TZ: zone, BUILD_TIME: '2025-06-01T12:00:00Z' } }));
		}
		files = (await glob('**/*', { cwd: dist(), dot: true })).sort();
	}, 900_000);

	test('every build succeeds', () => {
		for (const zone of ZONES) expect(builds.get(zone)?.code, builds.get(zone)?.output).toBe(0);
	});

	test('every build writes the same files, byte for byte', async () => {
		expect(files.length).toBeGreaterThan(100);
		for (const zone of ZONES.slice(1)) {
			const other = builds.get(zone)?.outDir ?? '';
			expect((await glob('**/*', { cwd: other, dot: true })).sort(), zone).toEqual(files);
			for (const file of files) {
				const [a, b] = await Promise.all([readFile(dist(file)), readFile(join(other, file))]);
				expect(a.equals(b), `${file} differs under TZ=${zone}`).toBe(true);
			}
		}
	});

	test('files each article under its day in the site zone', async () => {
		expect(await html('2025', '02', '12')).toContain('/2025/02/12/trump-putin-ukraine-peace-talks/');
		expect(await html('2024', '06', '30')).toContain('Edge fixture edge-late-evening');
		expect(await html('2024', '06', '30')).toContain('Edge fixture edge-kiritimati');
		expect(await html('2024', '12', '31')).toContain('Edge fixture edge-new-years-eve');
		expect(existsSync(dist('2024', '07', '01', 'index.html'))).toBe(false);
		expect(existsSync(dist('2024', '12', '30', 'index.html'))).toBe(false);
	});

	test('composed and decomposed "café" share one tag page, labelled once', async () => {
		expect(await html('tags', 'café')).toContain(
			'<h1 class="listing__title">Café</h1><p class="listing__back">2 articles',
		);
		expect(existsSync(dist('tags', 'cafe\u0301'))).toBe(false);
	});

	test('awkward tags get pages inside tags/, and every link on /tags/ reaches one', async () => {
		for (const slug of ['україна', '東京', 'u1f680', 'ac-dc', 'etc', 'b-markup-b', 'say-cheese']) {
			expect(existsSync(dist('tags', slug, 'index.html')), slug).toBe(true);
		}
		const tagsDir = resolve(dist('tags'));
		for (const file of files.filter((f) => f.startsWith('tags/')))
			expect(resolve(dist(file)).startsWith(tagsDir + sep)).toBe(true);
		const hrefs = [...(await html('tags')).matchAll(/href="(\/tags\/[^"#]+)"/gu)].map((m) => m[1] ?? '');
		expect(hrefs.length).toBeGreaterThan(20);
		for (const href of hrefs) {
			const file = join(dist(), ...decodeURIComponent(href).split('/'), 'index.html');
			expect(relative(dist(), file).startsWith('..'), href).toBe(false);
			expect(existsSync(file), href).toBe(true);
		}
		expect(await html('tags')).toContain('&lt;b&gt;Markup&lt;/b&gt;');
	});
});
