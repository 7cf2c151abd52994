import { slugify } from './slugs.ts';

/** The label for a tag: the site-wide label when known, else the article's own spelling. */
export type TagLabeller = (slug: string, spelling: string) => string;

/** Labels every tag by the article's own spelling (where no site-wide labels are known). */
export const ownSpelling: TagLabeller = (_, spelling) => spelling;

/** An article's tags as labels, one per distinct slug in the article's order; site-wide labels when `label` is given. */
export function distinctTagLabels(tags: readonly string[], label: TagLabeller = ownSpelling): string[] {
	const bySlug = new Map<string, string>();
	for (const tag of tags) {
		const slug = slugify(tag);
		if (!bySlug.has(slug)) bySlug.set(slug, label(slug, tag));
	}
	return [...bySlug.values()];
}
