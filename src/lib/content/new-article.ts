import type { ArticleData } from '../article-schema.ts';
import { calendarDay, isoCalendarDay } from '../dates.ts';
import { slugify } from '../slugs.ts';

/** The standfirst `npm run new` writes, for the publisher to replace. */
export const PLACEHOLDER_DESCRIPTION = 'One or two sentences under the headline; also the summary in feeds and search.';

/** The body `npm run new` writes, for the publisher to replace. */
export const PLACEHOLDER_BODY = 'Write the article here. Remove `draft: true` above to publish it.';

/** What `npm run new` writes: the file name and the Markdown. */
export interface NewArticle {
	/** `<slug>.md`, from the headline. */
	readonly fileName: string;
	readonly text: string;
}

/**
 * A new article for `headline`, dated today (the day `now` falls on in `timeZone`). It starts as
 * a draft with a placeholder standfirst, so it is valid at once and published only when the
 * publisher writes it and removes `draft: true`.
 */
export function newArticle(headline: string, now: Date, timeZone: string): NewArticle {
	const title = headline.replace(/\s+/gu, ' ').trim();
	// JSON strings are valid YAML double-quoted scalars, so any headline comes back exactly.
	const frontmatter = [
		`title: ${JSON.stringify(title)}`,
		`description: ${JSON.stringify(PLACEHOLDER_DESCRIPTION)}`,
		`date: ${isoCalendarDay(calendarDay(now, timeZone))}`,
		'tags: []',
		'draft: true',
	].join('\n');
	return {
		fileName: `${slugify(title)}.md`,
		text: `---\n${frontmatter}\n---\n\n${PLACEHOLDER_BODY}\n`,
	};
}

/**
 * The fields of an article that is no longer a draft but still carries the text `npm run new`
 * wrote in place of its standfirst or body: it would be published half-written.
 */
export function placeholderProblems(
	data: Pick<ArticleData, 'draft' | 'description'>,
	body: string,
): { field: string; message: string }[] {
	if (data.draft) return [];
	const problems: { field: string; message: string }[] = [];
	if (data.description.trim() === PLACEHOLDER_DESCRIPTION)
		problems.push({
			field: 'description',
			message: 'still the placeholder npm run new wrote; write the standfirst, or put back `draft: true`',
		});
	if (body.includes(PLACEHOLDER_BODY))
		problems.push({
			field: '(body)',
			message: 'still holds the placeholder line npm run new wrote; write the article, or put back `draft: true`',
		});
	return problems;
}
