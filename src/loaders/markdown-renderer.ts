import { availableParallelism } from 'node:os';
import type { LoaderContext } from 'astro/loaders';
import { Piscina } from 'piscina';
import type { RenderOutput, RenderTask, RenderWorkerData } from './render-worker.ts';

/** Articles each extra render thread must have to earn its start-up (loading unified and the plugins). */
export const ARTICLES_PER_THREAD = 50;

/** What Astro stores as an entry's rendering. */
export type Rendered = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** Renders one article body to HTML. */
export type Render = (markdown: string, fileURL: URL) => Promise<Rendered>;

/** Renders article bodies with the configured Markdown processor, on one thread or several. */
export interface MarkdownRenderer {
	/**
	 * One render function per thread: call each for one article at a time, taking the next article
	 * whenever it is free, and every core stays busy until the last article.
	 */
	readonly lanes: readonly Render[];
	/** Stops the worker threads, if any. */
	close(): Promise<void>;
}

/**
 * A renderer for `count` articles. With our `unified()` pipeline and enough to render (a cold
 * build), one worker thread per core renders with the same options as Astro's `renderMarkdown`.
 * Not this thread: by then it holds the whole content store, and the pipeline's garbage made its
 * heap grow and collect slowly (at 10,000 articles the build peaked 0.6 GB higher with this thread
 * rendering too). A handful of edited articles, or any other processor (the Sätteri reference),
 * renders in this thread alone.
 */
export function markdownRenderer(
	context: LoaderContext,
	count: number,
	cores = availableParallelism(),
): MarkdownRenderer {
	const { config } = context;
	const inThread: Render = (markdown, fileURL) => context.renderMarkdown(`---\n---\n${markdown}`, { fileURL });
	const threads = Math.min(cores, Math.floor(count / ARTICLES_PER_THREAD));
	if (config.markdown.processor.name !== 'unified' || threads < 2)
		return { lanes: [inThread], close: () => Promise.resolve() };
	const workerData: RenderWorkerData = {
		basePath: config.base,
		syntaxHighlight:
			typeof config.markdown.syntaxHighlight === 'object'
				? config.markdown.syntaxHighlight.type
				: config.markdown.syntaxHighlight,
		image: { domains: [...config.image.domains], remotePatterns: structuredClone(config.image.remotePatterns) },
	};
	const pool = new Piscina<RenderTask, RenderOutput>({
		filename: new URL('./render-worker.ts', import.meta.url).href,
		minThreads: threads,
		maxThreads: threads,
		idleTimeout: 60_000,
		workerData,
	});
	const inWorker: Render = (markdown, fileURL) => pool.run({ markdown, fileURL: fileURL.href });
	return { lanes: Array.from({ length: threads }, () => inWorker), close: () => pool.destroy() };
}
