import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'tinyglobby';
import { validateArticleData } from '../lib/article-schema.ts';
import { articleSlug, findUrlCollisions } from '../lib/articles.ts';
import { calendarDay } from '../lib/dates.ts';
import { formatContentProblems, type ContentProblem } from '../lib/content-problems.ts';
import { splitArticle } from '../lib/frontmatter.ts';
import { markdownRenderer } from './markdown-renderer.ts';

/** Options for {@link articlesLoader}. */
export interface ArticlesLoaderOptions {
	/** The content folder, absolute or relative to the project root. */
	readonly contentDir: string;
	/** The site's time zone, in which front-matter dates are read. */
	readonly timeZone: string;
	/** Anything else the rendered HTML depends on (e.g. the base path); part of the cache key. */
	readonly renderKey: string;
}

/** Files the loader reads: Markdown in any sub-folder. */
export const ARTICLE_GLOB = '**/*.{md,markdown}';

/**
 * Loads every Markdown article under the content folder: decodes, validates and renders each,
 * reuses the cached rendering of unchanged files (the cache key covers the Markdown plugins'
 * code and settings), and fails the build with every problem of every file at once.
 */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
	return {
		name: 'articles-loader',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const contentDir = isAbsolute(options.contentDir) ? options.contentDir : resolve(root, options.contentDir);
			const files = (await glob(ARTICLE_GLOB, { cwd: contentDir, dot: false })).sort();
			const pipelineKey = await pipelineDigest(root, context, options.renderKey);
			const problems: ContentProblem[] = [];
			const seen = new Set<string>();
			const placed: { filePath: string; day: ReturnType<typeof calendarDay>; slug: string }[] = [];
			const counts = { rendered: 0, reused: 0 };
			const toRender: RenderJob[] = [];
			for (const file of files) {
				const absolute = join(contentDir, file);
				const filePath = relative(root, absolute).split('\\').join('/') || file;
				const id = file.replace(/\.(md|markdown)$/iu, '');
				seen.add(id);
				const result = await loadOne(context, { absolute, filePath, id, timeZone: options.timeZone, pipelineKey });
				if ('problems' in result) {
					problems.push(...result.problems.map((p) => ({ file: filePath, ...p })));
					continue;
				}
				counts[result.rendered ? 'rendered' : 'reused'] += 1;
				if (result.job) toRender.push(result.job);
				placed.push({ filePath, day: calendarDay(result.date, options.timeZone), slug: result.slug });
			}
			problems.push(...(await renderStale(context, toRender)));
			for (const { key, files: clashing } of findUrlCollisions(placed)) {
				for (const file of clashing) {
					const others = clashing.filter((f) => f !== file).join(', ');
					problems.push({ file, field: 'slug', message: `same URL (/${key}/) as ${others}; give one a different "slug"` });
				}
			}
			for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
			if (problems.length) throw new Error(formatContentProblems(problems));
			// The counts are the evidence (for people and for test/cache.test.ts) that the cache works.
			context.logger.info(
				`${files.length} article file${files.length === 1 ? '' : 's'} loaded from ${relative(root, contentDir) || '.'}: ` +
					`${counts.rendered} rendered, ${counts.reused} reused from the cache`,
			);
		},
	};
}

async function loadOne(
	{ store, generateDigest }: LoaderContext,
	{ absolute, filePath, id, timeZone, pipelineKey }: { absolute: string; filePath: string; id: string; timeZone: string; pipelineKey: string },
): Promise<{ date: Date; slug: string; rendered: boolean; job?: RenderJob } | { problems: { field: string; message: string }[] }> {
	const bytes = await readFile(absolute);
	const split = splitArticle(bytes);
	if ('problems' in split) return split;
	const validated = validateArticleData(split.frontmatter, timeZone);
	if ('problems' in validated) return validated;
	const { data } = validated;
	const digest = generateDigest(`${pipelineKey}\n${timeZone}\n${bytes.toString('base64')}`);
	const existing = store.get(id);
	const stale = !existing || existing.digest !== digest;
	const placed = { date: data.date.instant, slug: articleSlug(data, filePath) };
	// New or changed: rendered once every file has been read, all together (on every core when many).
	if (stale) return { ...placed, rendered: true, job: { id, data, body: split.body, filePath, digest, fileURL: pathToFileURL(absolute) } };
	// Unchanged file and pipeline: keep the cached rendering, refresh the data (the zone may read it differently).
	store.set({ ...existing, data, filePath });
	return { ...placed, rendered: false };
}

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
	try {
		const problems = await Promise.all(
			jobs.map(async ({ fileURL, ...entry }): Promise<ContentProblem[]> => {
				try {
					context.store.set({ ...entry, rendered: await renderer.render(entry.body, fileURL) });
					return [];
				} catch (error) {
					const message = `the Markdown could not be rendered: ${error instanceof Error ? error.message : String(error)}`;
					return [{ file: entry.filePath, field: '(body)', message }];
				}
			}),
		);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		context.logger.info(`${jobs.length} article${jobs.length === 1 ? '' : 's'} rendered on ${renderer.threads} thread${renderer.threads === 1 ? '' : 's'} in ${seconds} s`);
		return problems.flat();
	} finally {
		await renderer.close();
	}
}

/** A digest of the Markdown pipeline's code and the lockfile, so a plugin change re-renders every article. */
async function pipelineDigest(root: string, { generateDigest }: LoaderContext, renderKey: string): Promise<string> {
	const sources = (await glob('src/markdown/**/*.ts', { cwd: root, ignore: ['**/*.test.ts'] })).sort();
	const parts = await Promise.all(
		[...sources, 'package-lock.json', 'astro.config.mjs'].map(async (file) => {
			const text = await readFile(join(root, file), 'utf8').catch(() => '');
			return `${file}\n${text}`;
		}),
	);
	return generateDigest(`${renderKey}\n${parts.join('\n')}`);
}
