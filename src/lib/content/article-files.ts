import { validateArticleData, type ArticleData } from '../article-schema.ts';
import { articleSlug, findUrlCollisions } from '../articles.ts';
import { articleId } from './content-folders.ts';
import type { ContentProblem } from './content-problems.ts';
import { calendarDay, type CalendarDay } from '../dates.ts';
import { splitArticle } from './frontmatter.ts';
import { findExcessiveNesting, MAX_NESTING } from './markdown-nesting.ts';
import { placeholderProblems } from './new-article.ts';
import { slugFromFilePath, urlSegmentProblem } from '../slugs.ts';
import { findTagCollisions, tagCollisionProblems } from '../tags.ts';

/** An article file as read from the content folder. */
export interface ArticleFile {
	/** The path under the content folder, `/`-separated, e.g. `world/peace-talks.md`. */
	readonly path: string;
	/** The path relative to the project root, for messages. */
	readonly filePath: string;
	readonly bytes: Uint8Array;
}

/** A file that passed every check, ready to render. */
export interface CheckedArticle {
	/** The collection entry id: the path under the content folder without extension. */
	readonly id: string;
	readonly filePath: string;
	readonly data: ArticleData;
	/** The Markdown body, line endings normalised. */
	readonly body: string;
	/** The file's line number of the body's first line (for messages about the body). */
	readonly bodyLine: number;
	readonly slug: string;
	/** The publication day in the site's time zone (the URL's date). */
	readonly day: CalendarDay;
}

export { articleId } from './content-folders.ts';

/**
 * Checks one file: UTF-8, front-matter, every field, and a body the Markdown parsers can take.
 * Returns the article, or every problem found.
 */
export function checkArticleFile(file: ArticleFile, timeZone: string): CheckedArticle | { problems: ContentProblem[] } {
	const withFile = (problems: readonly { field: string; message: string }[]) => ({
		problems: problems.map((p) => ({ file: file.filePath, ...p })),
	});
	const split = splitArticle(file.bytes);
	if ('problems' in split) return withFile(split.problems);
	const validated = validateArticleData(split.frontmatter, timeZone);
	const nesting = findExcessiveNesting(split.body);
	const bodyProblems = nesting
		? [
				{
					field: '(body)',
					message: `${nesting.kind} nest more than ${MAX_NESTING} levels deep (line ${split.bodyLine + nesting.line - 1}); flatten them`,
				},
			]
		: [];
	// Without a "slug" the file name is the URL segment: it must fit in one file name on disk too.
	const nameProblem =
		'data' in validated && validated.data.slug === undefined
			? urlSegmentProblem(slugFromFilePath(file.path), 'the file name gives the slug', 'rename the file or give a shorter "slug"')
			: undefined;
	const fileProblems = [
		...bodyProblems,
		...(nameProblem ? [{ field: 'slug', message: nameProblem }] : []),
		// A publisher who removed `draft: true` before writing the standfirst or the body.
		...('data' in validated ? placeholderProblems(validated.data, split.body) : []),
	];
	if ('problems' in validated) return withFile([...validated.problems, ...fileProblems]);
	if (fileProblems.length) return withFile(fileProblems);
	const { data } = validated;
	return {
		id: articleId(file.path),
		filePath: file.filePath,
		data,
		body: split.body,
		bodyLine: split.bodyLine,
		slug: articleSlug(data, file.filePath),
		day: calendarDay(data.date.instant, timeZone),
	};
}

/**
 * Checks every file of the content folder: each on its own, then that no two resolve to the
 * same URL and no two different tags share a tag page (naming the files). The loader and
 * `npm run check:content` both use this, so the build and the check can never disagree.
 */
export function checkArticleFiles(
	files: readonly ArticleFile[],
	timeZone: string,
): { articles: CheckedArticle[]; problems: ContentProblem[] } {
	const articles: CheckedArticle[] = [];
	const problems: ContentProblem[] = [];
	// `dup.md` and `dup.markdown` would be one entry, the second silently replacing the first.
	const byId = new Map<string, string[]>();
	for (const file of files) byId.set(articleId(file.path), [...(byId.get(articleId(file.path)) ?? []), file.filePath]);
	for (const clashing of byId.values()) {
		if (clashing.length < 2) continue;
		for (const file of clashing) {
			const others = clashing.filter((f) => f !== file).join(', ');
			problems.push({ file, field: '(file)', message: `same article as ${others} (only the extension differs); remove or rename one` });
		}
	}
	for (const file of files) {
		const result = checkArticleFile(file, timeZone);
		if ('problems' in result) problems.push(...result.problems);
		else articles.push(result);
	}
	for (const { key, files: clashing } of findUrlCollisions(articles)) {
		for (const file of clashing) {
			const others = clashing.filter((f) => f !== file).join(', ');
			problems.push({ file, field: 'slug', message: `same URL (/${key}/) as ${others}; give one a different "slug" or date` });
		}
	}
	problems.push(...tagCollisionProblems(findTagCollisions(articles.map(({ filePath, data }) => ({ filePath, tags: data.tags })))));
	return { articles, problems };
}
