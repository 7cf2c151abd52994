import { calendarDay, isoCalendarDay } from '../dates.ts';
import { slugify } from '../slugs.ts';

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
		'description: "One or two sentences under the headline; also the summary in feeds and search."',
		`date: ${isoCalendarDay(calendarDay(now, timeZone))}`,
		'tags: []',
		'draft: true',
	].join('\n');
	return {
		fileName: `${slugify(title)}.md`,
		text: `---\n${frontmatter}\n---\n\nWrite the article here. Remove \`draft: true\` above to publish it.\n`,
	};
}
