import { availableParallelism } from 'node:os';
import type { LoaderContext } from 'astro/loaders';
import { Piscina } from 'piscina';
import type { RenderOutput, RenderTask, RenderWorkerData } from './render-worker.ts';

/** Articles each extra render thread must have to earn its start-up (loading unified and the plugins). */
export const ARTICLES_PER_THREAD = 50;

/** What Astro stores as an entry's rendering. */
export type Rendered = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** Renders article bodies with the configured Markdown processor, on one thread or several. */
export interface MarkdownRenderer {
	/** Threads rendering: 1 means in the loader's own thread. */
	readonly threads: number;
	render(markdown: string, fileURL: URL): Promise<Rendered>;
	/** Stops the worker threads, if any. */
	close(): Promise<void>;
}

/**
 * A renderer for `count` articles. Our `unified()` pipeline runs in a pool of worker threads, one
 * per core, when there is enough to render (a cold build); a handful of edited articles, or any
 * other processor (the Sätteri reference), renders in this thread through Astro's `renderMarkdown`.
 */
export function markdownRenderer(context: LoaderContext, count: number, cores = availableParallelism()): MarkdownRenderer {
	const { config } = context;
	const threads = Math.min(cores, Math.floor(count / ARTICLES_PER_THREAD));
	if (config.markdown.processor.name !== 'unified' || threads < 2) {
		// One at a time, as Astro's own loaders do: the renders are CPU-bound, so interleaving gains nothing.
		let queue: Promise<unknown> = Promise.resolve();
		return {
			threads: 1,
			render: (markdown, fileURL) => {
				const rendered = queue.then(() => context.renderMarkdown(`---\n---\n${markdown}`, { fileURL }));
				queue = rendered.catch(() => undefined);
				return rendered;
			},
			close: async () => {},
		};
	}
	const workerData: RenderWorkerData = {
		basePath: config.base,
		syntaxHighlight: typeof config.markdown.syntaxHighlight === 'object' ? config.markdown.syntaxHighlight.type : config.markdown.syntaxHighlight,
		image: { domains: [...config.image.domains], remotePatterns: structuredClone(config.image.remotePatterns) },
	};
	const pool = new Piscina<RenderTask, RenderOutput>({
		filename: new URL('./render-worker.ts', import.meta.url).href,
		minThreads: threads,
		maxThreads: threads,
		idleTimeout: 60_000,
		workerData,
	});
	return {
		threads,
		render: (markdown, fileURL) => pool.run({ markdown, fileURL: fileURL.href }),
		close: () => pool.destroy(),
	};
}
