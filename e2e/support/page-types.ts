/**
 * The kinds of page the site builds, each with a pattern that recognises its pages and sample
 * pages for the browser checks (axe, no-JavaScript). The checks over every built page fail on a
 * page that matches no type, so a new kind of page cannot ship without being added here.
 */
import { FIXTURE_AUTHOR, fixtureArticle, OPINION, STORY_NAME } from '../../test/fixtures/site-corpus.ts';
import { slugify } from '../../src/lib/slugs.ts';

/** A page the browser checks open. */
export interface Sample {
	readonly label: string;
	/** Relative to the base path, query allowed (`search/?q=word`). */
	readonly path: string;
	/** A CSS selector to wait for before checking, for content a script fills in. */
	readonly ready?: string;
}

/** One kind of page. */
export interface PageType {
	readonly name: string;
	/** Matches the path of every page of this kind, relative to the base path (`2025/02/`, `404.html`). */
	readonly pattern: RegExp;
	/** Pages the browser checks open, relative to the base path; the first is the plainest. */
	readonly samples: readonly Sample[];
	/** The HTTP status the samples answer with (200 unless said). */
	readonly status?: number;
}

/** The path of fixture article `i` (0-based) of test/fixtures/site-corpus.ts. */
export function fixturePath(i: number): string {
	const { file, text } = fixtureArticle(i);
	const date = /^date: (\d{4})-(\d{2})-(\d{2})/mu.exec(text);
	if (!date) throw new Error(`fixture ${i} has no date line`);
	return `${date[1]}/${date[2]}/${date[3]}/${file.replace(/\.md$/u, '')}/`;
}

/** The seed article, the one real article. */
export const SEED_PATH = '2025/02/12/trump-putin-ukraine-peace-talks/';

/** Every kind of page the site builds. Add a kind here when its route lands. */
export const PAGE_TYPES: readonly PageType[] = [
	{ name: 'home', pattern: /^$/u, samples: [{ label: 'home', path: '' }] },
	{
		name: 'article',
		pattern: /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/u,
		samples: [
			{ label: 'seed article', path: SEED_PATH },
			{ label: 'article with a table', path: fixturePath(3) },
			{ label: 'article with a figure', path: fixturePath(5) },
			{ label: 'article with a lead image and a body figure', path: fixturePath(9) },
			{ label: 'article with a code block', path: fixturePath(6) },
			{ label: 'article with an update', path: fixturePath(7) },
			{ label: 'article with a quote and a list', path: fixturePath(8) },
			{ label: 'article with a correction', path: fixturePath(11) },
			{ label: 'opinion article', path: fixturePath(OPINION) },
			{ label: 'article in a developing story', path: fixturePath(32) },
		],
	},
	{ name: 'topics', pattern: /^tags\/$/u, samples: [{ label: 'tag index', path: 'tags/' }] },
	{ name: 'tag', pattern: /^tags\/[^/]+\/$/u, samples: [{ label: 'tag page', path: 'tags/ukraine/' }] },
	{
		name: 'tag archive page',
		pattern: /^tags\/[^/]+\/\d+\/$/u,
		samples: [{ label: 'tag archive page 1', path: 'tags/harbour/1/' }],
	},
	{
		name: 'year',
		pattern: /^\d{4}\/$/u,
		samples: [
			{ label: 'year', path: '2024/' },
			{ label: 'year with one article', path: '2025/' },
		],
	},
	{ name: 'month', pattern: /^\d{4}\/\d{2}\/$/u, samples: [{ label: 'month', path: '2025/02/' }] },
	{ name: 'day', pattern: /^\d{4}\/\d{2}\/\d{2}\/$/u, samples: [{ label: 'day', path: '2025/02/12/' }] },
	{ name: 'archive', pattern: /^archive\/$/u, samples: [{ label: 'archive', path: 'archive/' }] },
	{
		name: 'search',
		pattern: /^search\/$/u,
		samples: [
			{ label: 'search', path: 'search/' },
			{ label: 'search with results', path: 'search/?q=Lyovochkin', ready: '.search__results li' },
		],
	},
	{ name: 'corrections', pattern: /^corrections\/$/u, samples: [{ label: 'corrections', path: 'corrections/' }] },
	{ name: 'authors', pattern: /^authors\/$/u, samples: [{ label: 'author index', path: 'authors/' }] },
	{
		name: 'author',
		pattern: /^authors\/[^/]+\/$/u,
		samples: [{ label: 'author page with a profile', path: `authors/${FIXTURE_AUTHOR}/` }],
	},
	// No fixture author has more than a page of articles; the kind is listed so such pages are recognised.
	{ name: 'author page 2+', pattern: /^authors\/[^/]+\/\d+\/$/u, samples: [] },
	{ name: 'stories', pattern: /^stories\/$/u, samples: [{ label: 'story index', path: 'stories/' }] },
	{
		name: 'story',
		pattern: /^stories\/[^/]+\/$/u,
		samples: [{ label: 'story timeline', path: `stories/${slugify(STORY_NAME)}/` }],
	},
	{
		name: 'site page',
		// Top-level pages written in Markdown (src/site-pages/): about, standards.
		pattern: /^(?!\d+\/$)[\p{L}\p{N}-]+\/$/u,
		samples: [
			{ label: 'about page', path: 'about/' },
			{ label: 'standards page', path: 'standards/' },
		],
	},
	{ name: '404', pattern: /^404\.html$/u, samples: [{ label: '404 page', path: 'no-such-page/' }], status: 404 },
];

/** The kind of the page at `path` (relative to the base path, query ignored), or undefined for a kind not listed. */
export function pageTypeOf(path: string): PageType | undefined {
	const pathname = path.split('?')[0] ?? '';
	return PAGE_TYPES.find((type) => type.pattern.test(pathname));
}
