import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'tinyglobby';
import { articleId, checkArticleFiles, type ArticleFile, type CheckedArticle } from '../lib/content/article-files.ts';
import { formatContentProblems, formatIgnored, type ContentProblem } from '../lib/content/content-problems.ts';
import { resolveContentDir, scanContentFolder } from './content-files.ts';
import { watchContentFolder } from './content-watcher.ts';
import { checkArticleImages } from './image-files.ts';
import { markdownRenderer } from './markdown-renderer.ts';
import { countWords, readingTimeOf, type ReadingTimeData } from '../markdown/remark-reading-time.ts';

/** Options for {@link articlesLoader}. */
export interface ArticlesLoaderOptions {
	/** The content folder, absolute or relative to the project root. */
	readonly contentDir: string;
	/** The site's time zone, in which front-matter dates are read. */
	readonly timeZone: string;
	/** Anything else the rendered HTML depends on (e.g. the base path); part of the cache key. */
	readonly renderKey: string;
	/** Hosts whose pictures articles may use by URL; any other remote image is an error. */
	readonly imageHosts: readonly string[];
}

/**
 * Loads every Markdown article under the content folder: decodes, validates and renders each,
 * reuses the cached rendering of unchanged files (the cache key covers the Markdown plugins'
 * code and settings), and fails the build with every problem of every file at once. Under
 * `astro dev` it keeps the store in step with the folder as files are edited, added and removed.
 */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
	return {
		name: 'articles-loader',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const contentDir = resolveContentDir(root, options.contentDir);
			const sync = (keepGoing: boolean) => syncArticles(context, options, { root, contentDir, keepGoing });
			const { watcher, logger } = context;
			if (!watcher) {
				const problems = await sync(false);
				if (problems.length) throw new Error(formatContentProblems(problems));
				return;
			}
			// astro dev: a problem must not stop the server. It is logged, naming file and field; the
			// other articles are updated, and a broken one keeps its last good version until it is fixed.
			let hadProblems = false;
			const report = (problems: readonly ContentProblem[]) => {
				if (problems.length) logger.error(formatContentProblems(problems, DEV_CONSEQUENCE));
				else if (hadProblems) logger.info('Every article file is valid again.');
				hadProblems = problems.length > 0;
			};
			watchContentFolder({ watcher, logger }, contentDir, async () => {
				report(await sync(true));
			});
			report(await sync(true));
		},
	};
}

const DEV_CONSEQUENCE = 'each keeps its last good version (or is missing) until it is fixed';

/**
 * Brings the store in step with the content folder: removes entries whose file is gone, stores
 * new and changed articles, and returns every problem. Without `keepGoing` (a build) any file
 * problem returns before anything is rendered; with it (dev), the files without problems are stored.
 */
async function syncArticles(
	context: LoaderContext,
	options: ArticlesLoaderOptions,
	{ root, contentDir, keepGoing }: { root: string; contentDir: string; keepGoing: boolean },
): Promise<ContentProblem[]> {
	const scan = await scanContentFolder(root, contentDir);
	const { files } = scan;
	const seen = new Set(files.map((file) => articleId(file.path)));
	for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
	// The same checks as `npm run check:content`; a broken file stops the build before any rendering.
	const checked = checkArticleFiles(files, options.timeZone);
	const pictures = await checkArticleImages(checked.articles, contentDir, options.imageHosts, root);
	const fileProblems = [...scan.problems, ...checked.problems, ...pictures.problems];
	if (fileProblems.length && !keepGoing) return fileProblems;
	// Pictures an article shows are used, not ignored.
	const ignored = scan.ignored.filter((file) => !pictures.used.has(file));
	if (ignored.length) context.logger.info(formatIgnored(ignored));
	const pipelineKey = await pipelineDigest(root, context, options.renderKey);
	const byFilePath = new Map(files.map((file) => [file.filePath, file]));
	const broken = new Set(fileProblems.map((problem) => problem.file));
	const counts = { rendered: 0, reused: 0 };
	const toRender: RenderJob[] = [];
	for (const article of checked.articles) {
		const file = byFilePath.get(article.filePath);
		if (!file || broken.has(article.filePath)) continue;
		const job = reuseOrRenderJob(context, article, file, { contentDir, timeZone: options.timeZone, pipelineKey });
		counts[job ? 'rendered' : 'reused'] += 1;
		if (job) toRender.push(job);
	}
	const renderProblems: ContentProblem[] = await renderStale(context, toRender);
	if (renderProblems.length && !keepGoing) return renderProblems;
	// The counts are the evidence (for people and for test/cache.test.ts) that the cache works.
	context.logger.info(
		`${files.length} article file${files.length === 1 ? '' : 's'} loaded from ${relative(root, contentDir) || '.'}: ` +
			`${counts.rendered} rendered, ${counts.reused} reused from the cache`,
	);
	return [...fileProblems, ...renderProblems];
}

/** Stores the cached rendering of an unchanged article, or returns the job to render a new or changed one. */
function reuseOrRenderJob(
	context: LoaderContext,
	article: CheckedArticle,
	file: ArticleFile,
	{ contentDir, timeZone, pipelineKey }: { contentDir: string; timeZone: string; pipelineKey: string },
): RenderJob | undefined {
	const { id, body, filePath } = article;
	// What the pages need besides the front-matter, worked out once here and stored with it.
	const data = { ...withImageImport(article.data), slug: article.slug, day: article.day };
	const digest = context.generateDigest(
		`${pipelineKey}\n${timeZone}\n${Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('base64')}`,
	);
	const existing = context.store.get(id);
	// New or changed: rendered once every file has been read, all together (on every core when many).
	if (existing?.digest !== digest)
		return { id, data, body, filePath, digest, fileURL: pathToFileURL(join(contentDir, file.path)) };
	// Unchanged file and pipeline: keep the cached rendering, refresh the data (the zone may read it differently).
	const reading = readingTimeOf(existing.rendered?.metadata?.frontmatter);
	if (!reading) return { id, data, body, filePath, digest, fileURL: pathToFileURL(join(contentDir, file.path)) };
	context.store.set({ ...existing, data: { ...data, ...reading }, filePath });
	// Astro rewrites .astro/content-assets.mjs (which turns a lead image's path into its metadata) only
	// when an asset is added; with every entry reused it would keep the file another build left there
	// (another content folder, another test build), and pages would get a bare path for the picture.
	// The store Astro gives loaders has addAssetImports at run time, though its type does not declare it.
	const assets = context.store as typeof context.store & {
		addAssetImports?: (assets: string[], filePath?: string) => void;
	};
	if (existing.assetImports?.length)
		assets.addAssetImports?.([...existing.assetImports], existing.filePath ?? filePath);
	return undefined;
}

/**
 * The data with a local lead image marked as an image import (what the `image()` schema helper
 * does for Astro's own loaders): Astro then bundles the file, and `getCollection` gives
 * `image.src` as the picture's metadata for `<Picture>` and `getImage()`. A URL stays a string.
 */
function withImageImport(data: CheckedArticle['data']): Record<string, unknown> {
	if (!data.image || /^[a-z][a-z0-9+.-]*:/iu.test(data.image.src)) return data;
	return { ...data, image: { ...data.image, src: `${IMAGE_IMPORT_PREFIX}${data.image.src}` } };
}

// astro/content's IMAGE_IMPORT_PREFIX (not exported from a public entry point): a data string
// starting with it is recorded as an image to import, relative to the entry's file.
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

/** An article whose body must be (re-)rendered before it is stored. */
interface RenderJob {
	readonly id: string;
	readonly data: Record<string, unknown>;
	readonly body: string;
	readonly filePath: string;
	readonly digest: string;
	readonly fileURL: URL;
}

/** Renders and stores the new and changed articles; returns a problem for each body that fails to render. */
async function renderStale(context: LoaderContext, jobs: readonly RenderJob[]): Promise<ContentProblem[]> {
	if (jobs.length === 0) return [];
	const started = performance.now();
	const renderer = markdownRenderer(context, jobs.length);
	const problems: ContentProblem[] = [];
	let next = 0;
	try {
		// Each thread takes the next article as soon as it is free, so all stay busy to the end.
		await Promise.all(
			renderer.lanes.map(async (render) => {
				for (let job = jobs[next++]; job; job = jobs[next++]) {
					// The Markdown itself is not stored: pages use the HTML, and at 10,000 articles it would
					// only add to the build's memory and to the cache file written after every build.
					const { fileURL, body, ...entry } = job;
					try {
						const rendered = await render(body, fileURL);
						const reading = readingTimeOf(rendered.metadata?.frontmatter) ?? referenceFigures(context, body);
						if (!reading) throw new Error('the reading-time plugin left no word count');
						// Body pictures are bundled and processed as Astro's glob loader has them (`assetImports`).
						context.store.set({
							...entry,
							data: { ...entry.data, ...reading },
							rendered,
							assetImports: rendered.metadata?.imagePaths ?? [],
						});
					} catch (error) {
						const message = `the Markdown could not be rendered: ${error instanceof Error ? error.message : String(error)}`;
						problems.push({ file: entry.filePath, field: '(body)', message });
					}
				}
			}),
		);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		const threads = renderer.lanes.length;
		context.logger.info(
			`${jobs.length} article${jobs.length === 1 ? '' : 's'} rendered on ${threads} thread${threads === 1 ? '' : 's'} in ${seconds} s`,
		);
		return problems.sort((a, b) => a.file.localeCompare(b.file));
	} finally {
		await renderer.close();
	}
}

/**
 * Under the benchmark's reference engine (MARKDOWN_ENGINE=satteri: Astro's default Markdown, none of
 * our plugins) nothing counts the words: count the Markdown source, so the reference builds the same
 * pages. Undefined under our own pipeline, whose plugin must always leave its figures.
 */
function referenceFigures({ config }: LoaderContext, markdown: string): ReadingTimeData | undefined {
	if (config.markdown.processor.name === 'unified') return undefined;
	const wordCount = countWords(markdown);
	return { wordCount, readingMinutes: Math.max(1, Math.ceil(wordCount / 230)) };
}

/** A digest of the Markdown pipeline's code and the lockfile, so a plugin change re-renders every article. */
async function pipelineDigest(root: string, context: LoaderContext, renderKey: string): Promise<string> {
	const sources = (await glob('src/markdown/**/*.ts', { cwd: root, ignore: ['**/*.test.ts'] })).sort();
	const parts = await Promise.all(
		[...sources, 'src/loaders/render-worker.ts', 'package-lock.json', 'astro.config.mjs'].map(async (file) => {
			const text = await readFile(join(root, file), 'utf8').catch(() => '');
			return `${file}\n${text}`;
		}),
	);
	return context.generateDigest(`${renderKey}\n${parts.join('\n')}`);
}
