import { mkdir, rm, writeFile } from 'node:fs/promises';
import { writePicture, type PictureMarks } from '../test/support/pictures.ts';
import { join } from 'node:path';

/**
 * A deterministic synthetic corpus for the benchmark: news-shaped articles (headline, standfirst,
 * subheadings, quotes, links, lists, the odd figure in raw HTML) made of placeholder Latin, so
 * nobody can mistake them for real news. Article `i` depends only on `i`, so the 1,000-article
 * corpus is the first thousand of the 10,000.
 */

/** Tags in the pool; their popularity falls off like Zipf's law (a few common, a long tail). */
export const TAG_POOL_SIZE = 300;

/** First day of the three years the articles are spread over. */
const FIRST_DAY = Date.UTC(2022, 0, 1);
const DAYS = 3 * 365;

const WORDS = (
	'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et ' +
	'dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea ' +
	'commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur ' +
	'excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est ' +
	'laborum curabitur pretium tincidunt lacus nunc pulvinar sapien ligula vulputate mauris vitae ultricies ' +
	'leo integer malesuada porttitor tortor condimentum lacinia quam viverra orci sagittis eu volutpat ' +
	'odio facilisis rhoncus urna neque gravida cursus turpis massa fringilla phasellus faucibus scelerisque ' +
	'eleifend donec praesent semper feugiat nibh morbi tristique senectus netus fames ac egestas'
).split(' ');

const TAG_HEADS = [
	'Lorem',
	'Ipsum',
	'Dolor',
	'Amet',
	'Tempor',
	'Magna',
	'Veniam',
	'Nostrud',
	'Aliquip',
	'Commodo',
	'Fugiat',
	'Pariatur',
	'Officia',
	'Mollit',
	'Pretium',
];
const TAG_TAILS = [
	'Council',
	'Harbour',
	'Transit',
	'Schools',
	'Budget',
	'Weather',
	'Parks',
	'Courts',
	'Health',
	'Housing',
	'Energy',
	'Farming',
	'Library',
	'Markets',
	'Rail',
	'Elections',
	'Water',
	'Theatre',
	'Football',
	'Museums',
];
/**
 * The newsroom's bylines: a staff of {@link STAFF_SIZE} names, each writing many articles. (Two random
 * words per article gave 3,400 different bylines to 10,000 articles, 1.2 articles each, so the author
 * pages and their feeds, 14,000 files, outnumbered the articles; no newsroom works that way.)
 */
const STAFF_SIZE = 150;
const STAFF: readonly string[] = Array.from({ length: STAFF_SIZE }, (_, k) => {
	const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
	const round = Math.floor(k / WORDS.length);
	return `${cap(WORDS[k % WORDS.length] ?? 'lorem')} ${cap(WORDS[(k + 1 + 7 * round) % WORDS.length] ?? 'ipsum')}`;
});

const OFFSETS = ['-05:00', '-04:00', 'Z', '+01:00', '+02:00', '+05:30', '-08:00', '+09:00'];

/** The tag names of the pool, most popular first. */
export const TAG_NAMES: readonly string[] = Array.from({ length: TAG_POOL_SIZE }, (_, k) => {
	const head = TAG_HEADS[k % TAG_HEADS.length] ?? 'Lorem';
	const tail = TAG_TAILS[Math.floor(k / TAG_HEADS.length) % TAG_TAILS.length] ?? 'Council';
	return `${head} ${tail}`;
});

// Cumulative Zipf weights (s = 1), for drawing a tag by popularity.
const ZIPF = (() => {
	const cumulative: number[] = [];
	let sum = 0;
	for (let k = 1; k <= TAG_POOL_SIZE; k++) cumulative.push((sum += 1 / k));
	return cumulative.map((c) => c / sum);
})();

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same corpus. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** One synthetic article: its file name and text (front-matter and Markdown body). */
export function benchArticle(i: number): { file: string; text: string } {
	const rnd = random(0x5eed + i * 7919);
	const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
	const word = () => pick(WORDS);
	const words = (n: number) => Array.from({ length: n }, word).join(' ');
	const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
	const sentence = () => `${cap(words(int(8, 22)))}.`;
	const tag = () => {
		const r = rnd();
		const k = ZIPF.findIndex((c) => c >= r);
		return TAG_NAMES[k === -1 ? TAG_POOL_SIZE - 1 : k] ?? 'Lorem Council';
	};

	const target = int(500, 1200);
	let count = 0;
	const blocks: string[] = [];
	let full = false;
	const add = (block: string) => {
		const n = block.split(/\s+/u).filter((w) => /[a-z]/iu.test(w)).length;
		// Never past 1,200 words: a block that would overshoot ends the article instead.
		if (count + n > 1200 && count >= 500) full = true;
		else {
			blocks.push(block);
			count += n;
		}
	};
	const tagsOf = new Set<string>();
	const tagCount = int(2, 6);
	while (tagsOf.size < tagCount) tagsOf.add(tag());
	const tags = [...tagsOf];

	add(Array.from({ length: int(3, 5) }, sentence).join(' '));
	let section = 0;
	// `add` sets `full`; TypeScript does not see assignments in callbacks (microsoft/TypeScript#9998).
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
	while (count < target && !full) {
		const kind = rnd();
		if (count > 150 * (section + 1) && rnd() < 0.5) {
			section++;
			add(`${rnd() < 0.8 ? '##' : '###'} ${cap(words(int(3, 7)))}`);
		} else if (kind < 0.12) {
			add(
				`> “${cap(words(int(12, 30)))},” said ${cap(word())} ${cap(word())}, a spokesperson for the ${cap(word())} ${pick(TAG_TAILS)}.`,
			);
		} else if (kind < 0.2) {
			const ordered = rnd() < 0.3;
			add(
				Array.from({ length: int(3, 6) }, (_, n) => `${ordered ? `${n + 1}.` : '-'} ${cap(words(int(4, 14)))}`).join(
					'\n',
				),
			);
		} else if (kind < 0.23 && i % 20 === 3) {
			add(
				`<figure>\n<img src="/favicon.svg" alt="${cap(words(5))}" width="64" height="64">\n<figcaption>${cap(words(int(6, 12)))}.</figcaption>\n</figure>`,
			);
		} else {
			// A paragraph, sometimes with emphasis and links: external, to a tag page, or to another article.
			const parts = Array.from({ length: int(2, 6) }, sentence);
			if (rnd() < 0.35)
				parts.push(`Read the [${words(3)} report](https://example.org/reports/${i}-${int(1, 99)}) for ${words(2)}.`);
			if (rnd() < 0.25)
				parts.push(
					`More on [${tags[0] ?? 'this'}](/tags/${(tags[0] ?? 'lorem').toLowerCase().replace(/ /gu, '-')}/) coverage.`,
				);
			if (rnd() < 0.2) parts.push(`The ${word()} *${words(2)}* was **${words(2)}**, it’s said.`);
			add(parts.join(' '));
		}
	}

	const day = new Date(FIRST_DAY + int(0, DAYS - 1) * 86_400_000);
	const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
	const timed = rnd();
	const date =
		timed < 0.5
			? ymd
			: timed < 0.85
				? `${ymd}T${pad(int(5, 22))}:${pad(int(0, 59))}:00${pick(OFFSETS)}`
				: `${ymd}T${pad(int(5, 22))}:${pad(int(0, 59))}`;
	const title = `${cap(words(int(5, 11)))} (sample ${i + 1})`;
	const front = [
		'---',
		`title: ${JSON.stringify(title)}`,
		`description: ${JSON.stringify(`Synthetic benchmark article. ${cap(words(int(14, 28)))}.`)}`,
		`date: ${date}`,
		'tags:',
		...tags.map((t) => `  - ${t}`),
		...(rnd() < 0.4 ? [`author: ${STAFF[Math.floor(rnd() * STAFF.length)] ?? 'Lorem Ipsum'}`] : []),
		// Every tenth article has a lead image (a generated picture, written by writeBenchCorpus).
		...(benchPicture(i)
			? ['image:', `  src: ./${benchPicture(i)}`, `  alt: ${JSON.stringify(`A generated gradient, sample ${i + 1}`)}`]
			: []),
		'---',
	];
	return { file: `sample-${pad(i + 1, 5)}.md`, text: `${front.join('\n')}\n\n${blocks.join('\n\n')}\n` };
}

/** The lead picture file of article `i`: every tenth article has one. */
export function benchPicture(i: number): string | undefined {
	return i % 10 === 0 ? `sample-${pad(i + 1, 5)}.jpg` : undefined;
}

/**
 * The look of bench picture `n`: every one different, as a newsroom's photos are (Astro processes
 * each distinct file once, so repeated pictures would leave most of the image work out of the
 * benchmark), and the same for the same `n`. The hue repeats every 360 pictures; the circle's and
 * the bar's places tell apart the first 360 × 101 × 101 pictures (36 million articles).
 */
export function benchPictureLook(n: number): { from: string; to: string; marks: PictureMarks } {
	const step = (k: number) => (k % 101) / 100;
	return {
		from: `hsl(${(n * 47) % 360}, 60%, 40%)`,
		to: '#fdfcf9',
		marks: { circleX: 0.15 + 0.3 * step(Math.floor(n / 360)), barY: 0.45 + 0.3 * step(Math.floor(n / 36_360)) },
	};
}

/** Writes articles 0…count-1 into `dir` (emptied first), with their generated pictures; returns their paths. */
export async function writeBenchCorpus(dir: string, count: number): Promise<string[]> {
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	const files: string[] = [];
	for (let i = 0; i < count; i++) {
		const { file, text } = benchArticle(i);
		const path = join(dir, file);
		await writeFile(path, text);
		files.push(path);
		const picture = benchPicture(i);
		if (picture) await writePicture(join(dir, picture), { width: 1600, height: 900, ...benchPictureLook(i / 10) });
	}
	return files;
}
