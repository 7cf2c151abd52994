import { posix } from 'node:path';
import type { Image } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { ArticleData } from '../article-schema.ts';

/** File extensions of the pictures the image pipeline (sharp) reads. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff'] as const;

/** Where an image comes from: a file under the content folder, or a URL on an allowed host. */
export type ImageSource =
	| { readonly kind: 'local'; /** Path under the content folder, `/`-separated. */ readonly path: string }
	| { readonly kind: 'remote'; readonly url: string };

/**
 * Resolves an image reference written in the article at `articlePath` (under the content folder):
 * a path relative to the article, or an http(s) URL whose host is one of `allowedHosts`.
 */
export function resolveImageSource(
	src: string,
	articlePath: string,
	allowedHosts: readonly string[],
): ImageSource | { readonly error: string } {
	if (/^[a-z][a-z0-9+.-]*:/iu.test(src)) {
		let url: URL;
		try {
			url = new URL(src);
		} catch {
			return { error: `"${src}" is not a valid URL` };
		}
		if (url.protocol !== 'https:' && url.protocol !== 'http:') {
			return { error: `"${src}" is not an image file or an https URL` };
		}
		if (!allowedHosts.includes(url.hostname)) {
			const allowed = allowedHosts.length ? `the allowed hosts are ${allowedHosts.join(', ')}` : 'no remote host is allowed';
			return { error: `images from ${url.hostname} are not allowed (${allowed}; see imageHosts in the settings)` };
		}
		return { kind: 'remote', url: url.href };
	}
	if (src.startsWith('/') || src.startsWith('\\')) {
		return { error: `"${src}" must be relative to the article, e.g. ./${posix.basename(src)}` };
	}
	const path = posix.normalize(posix.join(posix.dirname(articlePath), src.replace(/\\/gu, '/').split(/[?#]/u)[0] ?? ''));
	if (path === '..' || path.startsWith('../')) return { error: `"${src}" is outside the content folder` };
	const extension = posix.extname(path).slice(1).toLowerCase();
	if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
		const given = extension ? `.${extension}` : 'no extension';
		return { error: `"${src}" is not a supported picture (${given}); use JPEG, PNG, WebP, AVIF or GIF` };
	}
	return { kind: 'local', path };
}

/** A Markdown image in an article's body. */
export interface BodyImage {
	readonly url: string;
	readonly alt: string;
	/** Line in the article file. */
	readonly line: number;
}

/** Every Markdown image (`![alt](src)`) in `body`, with its line in the file whose body starts at `bodyLine`. */
export function findBodyImages(body: string, bodyLine: number): BodyImage[] {
	// Most articles have no image: skip the parse.
	if (!body.includes('![')) return [];
	const images: BodyImage[] = [];
	visit(fromMarkdown(body), 'image', (node: Image) => {
		images.push({ url: node.url, alt: node.alt ?? '', line: bodyLine + (node.position?.start.line ?? 1) - 1 });
	});
	return images;
}

/** A local picture an article uses, to be checked on disk, with the field that names it. */
export interface ImageFileReference {
	readonly field: string;
	/** Path under the content folder. */
	readonly path: string;
	/** As written in the article. */
	readonly src: string;
}

/** An article, as far as its pictures are concerned. */
export interface ArticleWithImages {
	/** Path under the content folder. */
	readonly path: string;
	readonly data: Pick<ArticleData, 'image'>;
	readonly body: string;
	readonly bodyLine: number;
}

/**
 * The problems with an article's pictures that need no disk (bad paths, disallowed hosts, body
 * images without alt text) and the local files to check on disk. Fields are `image.src` or
 * `body line N`. Root-relative body pictures are files in public/ and are not checked.
 */
export function articleImages(
	article: ArticleWithImages,
	allowedHosts: readonly string[],
): { problems: { field: string; message: string }[]; files: ImageFileReference[] } {
	const problems: { field: string; message: string }[] = [];
	const files: ImageFileReference[] = [];
	const add = (field: string, src: string) => {
		const source = resolveImageSource(src, article.path, allowedHosts);
		if ('error' in source) problems.push({ field, message: source.error });
		else if (source.kind === 'local') files.push({ field, path: source.path, src });
	};
	if (article.data.image) add('image.src', article.data.image.src);
	for (const image of findBodyImages(article.body, article.bodyLine)) {
		const field = `body line ${image.line}`;
		if (image.alt.trim() === '') {
			problems.push({ field, message: `the image ${image.url} has no alt text; write ![what it shows](${image.url})` });
		}
		// A root-relative picture is a file in public/, served as it is. A URL of another scheme than
		// http(s) (javascript:, data:…) is no picture to check: the sanitiser removes it, as from raw HTML.
		if (!image.url.startsWith('/') && !isOtherScheme(image.url)) add(field, safeDecodeURI(image.url));
	}
	return { problems, files };
}

/** Whether `url` names a scheme other than http or https. */
function isOtherScheme(url: string): boolean {
	const scheme = /^\s*([a-z][a-z0-9+.-]*):/iu.exec(url)?.[1]?.toLowerCase();
	return scheme !== undefined && scheme !== 'http' && scheme !== 'https';
}

/** `url` with its %-escapes decoded (as Astro reads image paths), or as it is when they are malformed. */
function safeDecodeURI(url: string): string {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
}
