import type { TagLabeller } from './views/article-view.ts';
import { slugify } from './slugs.ts';

/** An article's tags as labels, one per distinct slug in the article's order; site-wide labels when `label` is given. */
export function distinctTagLabels(tags: readonly string[], label: TagLabeller = (_, spelling) => spelling): string[] {
	const bySlug = new Map<string, string>();
	for (const tag of tags) {
		const slug = slugify(tag);
		if (!bySlug.has(slug)) bySlug.set(slug, label(slug, tag));
	}
	return [...bySlug.values()];
}
