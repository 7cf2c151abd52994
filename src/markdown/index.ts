import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeBasePath } from './rehype-base-path.ts';
import { rehypeDirAuto } from './rehype-dir-auto.ts';
import { rehypeFigures } from './rehype-figures.ts';
import { rehypeFragmentLinks } from './rehype-fragment-links.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeOffsiteLinks } from './rehype-offsite-links.ts';
import { rehypeRawWhenPresent } from './rehype-raw-when-present.ts';
import { rehypeSafeSrcset } from './rehype-safe-srcset.ts';
import { rehypeTableAlign } from './rehype-table-align.ts';
import { remarkChunkedParse } from './remark-chunked-parse.ts';
import { remarkGfmNoBareLinks } from './remark-gfm-no-bare-links.ts';
import { remarkReadingTime } from './remark-reading-time.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** Settings the Markdown pipeline depends on. */
export interface PipelineOptions {
	/** The site's base path, prefixed to root-relative links in articles. */
	readonly basePath: string;
}

/** Body pictures: the widths made of each and how wide they show (the article column is at most 42rem). */
export const BODY_FIGURES = {
	widths: [360, 720, 1080],
	sizes: '(min-width: 46rem) 42rem, calc(100vw - 2rem)',
} as const;

/** The remark plugins, in order: GFM first (Astro's own `gfm` switch is off, see markdownOptions). */
export function remarkPlugins(): RemarkPlugins {
	return [remarkChunkedParse, remarkGfmNoBareLinks, remarkReadingTime];
}

/**
 * The rehype plugins, in order. Raw HTML is parsed, then sanitised, before anything else sees it;
 * Astro then adds heading ids (its own `rehypeHeadingIds`, which runs after these).
 */
export function rehypePlugins({ basePath }: PipelineOptions): RehypePlugins {
	return [
		rehypeRawWhenPresent,
		[rehypeSanitize, sanitizeSchema],
		rehypeSafeSrcset,
		// Before Astro's own heading ids (which keep ours): no heading may take a template id such as "main".
		rehypeHeadingIds,
		[rehypeFragmentLinks, { prefix: sanitizeSchema.clobberPrefix ?? '' }],
		rehypeOffsiteLinks,
		[rehypeBasePath, { basePath }],
		rehypeTableAlign,
		rehypeDirAuto,
		[rehypeFigures, BODY_FIGURES],
		// Astro adds its own rehype-raw pass after these, which would re-parse every page although no
		// raw HTML is left once sanitised. unified keeps one entry per plugin, so listing rehype-raw
		// switched off here keeps Astro's pass off (checked by the pipeline tests).
		[rehypeRaw, false],
	];
}

/**
 * Everything our `unified()` Markdown processor is given: the plugin lists and the GFM and
 * smartypants switches. astro.config.mjs and the loader's render workers both build from this,
 * so the two can never disagree.
 */
export function markdownOptions(options: PipelineOptions) {
	return {
		remarkPlugins: remarkPlugins(),
		rehypePlugins: rehypePlugins(options),
		// The sanitiser prefixes every id against DOM clobbering; footnote ids prefixed here too would
		// come out doubled (user-content-user-content-fn-1). rehypeFragmentLinks points links at them.
		remarkRehype: { clobberPrefix: '' },
		// GFM comes from remarkGfmNoBareLinks: everything but bare-URL links, which cost more than the rest.
		gfm: false,
		// The authors' own curly quotes come through unchanged; smartypants would only cost time.
		smartypants: false,
	};
}
