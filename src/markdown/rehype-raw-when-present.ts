import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { Processor } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * rehype-raw, only for articles that contain raw HTML: parses it into real elements (so the
 * sanitiser can judge them) when there is some, and leaves the tree alone when there is none.
 * rehype-raw re-parses the whole page through an HTML parser either way, which measured as a
 * third of the Markdown pipeline's time on ordinary articles (`npm run bench`).
 */
export function rehypeRawWhenPresent(this: Processor, options?: Options) {
	const parseRaw = rehypeRaw.call(this, options);
	return (tree: Root, file: VFile): Root | undefined => (hasRaw(tree) ? parseRaw(tree, file) : undefined);
}

/** True when the tree holds a `raw` node (HTML written in the Markdown). */
function hasRaw(tree: Root): boolean {
	let found = false;
	visit(tree, 'raw', () => {
		found = true;
		return EXIT;
	});
	return found;
}
