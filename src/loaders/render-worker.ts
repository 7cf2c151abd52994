import { unified as unifiedProcessor } from '@astrojs/markdown-remark';
import { workerData } from 'piscina';
import { markdownOptions } from '../markdown/index.ts';

/** What every render worker is started with: the settings the Markdown output depends on. */
export interface RenderWorkerData {
	/** The site's base path (Astro's `base`). */
	readonly basePath: string;
	/** Astro's `markdown.syntaxHighlight` (`false` in this project). */
	readonly syntaxHighlight: false | 'shiki' | 'prism';
	/** Astro's `image.domains` and `image.remotePatterns`, which decide which images are remote. */
	readonly image: { readonly domains: string[]; readonly remotePatterns: object[] };
}

/** One article body to render. */
export interface RenderTask {
	readonly markdown: string;
	/** The article file's `file:` URL, for messages and relative image paths. */
	readonly fileURL: string;
}

/** What a render returns: the same shape as Astro's own `renderMarkdown`. */
export interface RenderOutput {
	readonly html: string;
	readonly metadata: {
		readonly headings: { depth: number; slug: string; text: string }[];
		readonly localImagePaths: string[];
		readonly remoteImagePaths: string[];
		readonly imagePaths: string[];
		readonly frontmatter: Record<string, unknown>;
	};
}

const settings = workerData as RenderWorkerData;

// The same processor astro.config.mjs configures (unified() with markdownOptions), built once per thread.
const processor = unifiedProcessor(markdownOptions({ basePath: settings.basePath })).createRenderer({
	syntaxHighlight: settings.syntaxHighlight,
	image: settings.image,
});

/** Renders one article body to HTML in this worker thread (Piscina calls it once per task). */
export default async function render({ markdown, fileURL }: RenderTask): Promise<RenderOutput> {
	const { code, metadata } = await (await processor).render(markdown, { fileURL: new URL(fileURL), frontmatter: {} });
	return {
		html: code,
		metadata: {
			headings: metadata.headings,
			localImagePaths: metadata.localImagePaths,
			remoteImagePaths: metadata.remoteImagePaths,
			imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths],
			frontmatter: metadata.frontmatter,
		},
	};
}
