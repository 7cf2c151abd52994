import { join, relative } from 'node:path';
import sharp from 'sharp';
import { articleImages } from '../lib/content/article-images.ts';
import type { CheckedArticle } from '../lib/content/article-files.ts';
import type { ContentProblem } from '../lib/content/content-problems.ts';

// What sharp reports for the formats the pipeline turns into AVIF, WebP and a fallback.
const READABLE_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'heif', 'gif', 'tiff']);

/**
 * Every problem with the pictures of `articles`: paths and hosts (no disk needed), then each local
 * file, which must exist under `contentDir` and decode as a supported picture. Each problem names
 * the article file and the field (`image.src` or `body line N`). Also the pictures in use, relative
 * to `root` as the content scan lists files, so they are not reported as ignored.
 */
export async function checkArticleImages(
	articles: readonly CheckedArticle[],
	contentDir: string,
	allowedHosts: readonly string[],
	root: string,
): Promise<{ problems: ContentProblem[]; used: Set<string> }> {
	const problems: ContentProblem[] = [];
	const used = new Set<string>();
	const verdicts = new Map<string, Promise<string | undefined>>();
	for (const article of articles) {
		const path = relative(contentDir, join(root, article.filePath)).split('\\').join('/');
		const found = articleImages(
			{ path, data: article.data, body: article.body, bodyLine: article.bodyLine },
			allowedHosts,
		);
		problems.push(...found.problems.map((p) => ({ file: article.filePath, ...p })));
		for (const file of found.files) {
			let verdict = verdicts.get(file.path);
			if (!verdict) verdicts.set(file.path, (verdict = readablePicture(join(contentDir, file.path))));
			const error = await verdict;
			if (error) problems.push({ file: article.filePath, field: file.field, message: `"${file.src}" ${error}` });
			else used.add(relative(root, join(contentDir, file.path)).split('\\').join('/'));
		}
	}
	return { problems, used };
}

/** Why the file at `path` cannot be used as a picture, or undefined when it can. */
async function readablePicture(path: string): Promise<string | undefined> {
	try {
		const { format, width, height } = await sharp(path).metadata();
		if (!READABLE_FORMATS.has(format))
			return `is a ${format} file, not a supported picture (JPEG, PNG, WebP, AVIF or GIF)`;
		if (!width || !height) return 'has no size: the file is damaged';
		return undefined;
	} catch (error) {
		const code = error instanceof Error && 'code' in error ? error.code : undefined;
		if (code === 'ENOENT') return 'does not exist';
		const message = error instanceof Error ? error.message : String(error);
		if (/no such file|missing/iu.test(message)) return 'does not exist';
		return `cannot be read as a picture (${message.split('\n')[0]})`;
	}
}
