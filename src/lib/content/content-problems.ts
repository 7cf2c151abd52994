/** One problem with one article file. */
export interface ContentProblem {
	/** The file, relative to the project root. */
	readonly file: string;
	/** The front-matter field concerned, or `(file)`, `(folder)`, `(front-matter)`, `(body)`. */
	readonly field: string;
	readonly message: string;
}

/**
 * A message listing every problem, grouped by file, that a publisher can act on; `consequence` says
 * what became of the files (a build publishes nothing; the dev server goes on without them).
 */
export function formatContentProblems(
	problems: readonly ContentProblem[],
	consequence = 'nothing was published',
): string {
	const byFile = new Map<string, ContentProblem[]>();
	for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
	const files = [...byFile.keys()].sort();
	const lines = files.flatMap((file) => [
		`${file}:`,
		...(byFile.get(file) ?? []).map(({ field, message }) => `  - ${field}: ${message}`),
	]);
	const count = `${files.length} article file${files.length === 1 ? ' has' : 's have'} problems`;
	return `${count}; ${consequence}.\n${lines.join('\n')}`;
}

/** The build summary's one line about files under the content folder that are not articles. */
export function formatIgnored(ignored: readonly string[]): string {
	const shown = ignored.slice(0, 20).join(', ');
	const more = ignored.length > 20 ? ` and ${ignored.length - 20} more` : '';
	return `${ignored.length} file${ignored.length === 1 ? '' : 's'} in the content folder ignored (not articles): ${shown}${more}`;
}
