import { slugify } from './slugs.ts';
import type { TagLabeller } from './tag-labels.ts';

/** Every article carrying one tag, with the tag's page slug, its label and its count. */
export interface TagGroup<T> {
	/** The tag's URL segment, from the one slug function. */
	readonly slug: string;
	/** The most common spelling among its articles. */
	readonly label: string;
	/** How many articles carry it. */
	readonly count: number;
	/** Those articles, in the order given (newest first when given newest first). */
	readonly articles: readonly T[];
}

/**
 * What makes two spellings one tag: the same text once Unicode-normalised and case-folded,
 * with runs of spaces, hyphens and underscores alike and apostrophes dropped (as in slugs).
 * "Donald Trump" and "donald-trump" are one tag; "C++" and "C#" are two, though both slug to "c".
 */
export function tagKey(spelling: string): string {
	return spelling
		.normalize('NFKC')
		.toLowerCase()
		.normalize('NFC')
		.replace(/['’]/gu, '')
		.replace(/[\s\p{Pd}_]+/gu, ' ')
		.trim();
}

/** The distinct tag slugs of an article, in its own order. */
export function tagSlugs(tags: readonly string[]): string[] {
	return [...new Set(tags.map(slugify))];
}

/**
 * The articles of every tag, most used first (then A–Z). Each article counts once per tag,
 * however many spellings of it the article lists. The label is the spelling most articles
 * use; a tie goes to the spelling met first, so with newest-first input the newest wins.
 */
export function groupByTag<T extends { readonly tags: readonly string[] }>(articles: readonly T[]): TagGroup<T>[] {
	const bySlug = new Map<string, { articles: T[]; spellings: Map<string, number> }>();
	for (const article of articles) {
		const counted = new Set<string>();
		for (const tag of article.tags) {
			const slug = slugify(tag);
			const spelling = tag.normalize('NFC');
			const group = bySlug.get(slug) ?? { articles: [], spellings: new Map<string, number>() };
			bySlug.set(slug, group);
			if (!counted.has(slug)) group.articles.push(article);
			if (!counted.has(`${slug}\n${spelling}`)) group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
			counted.add(slug).add(`${slug}\n${spelling}`);
		}
	}
	const groups = [...bySlug].map(([slug, { articles: tagged, spellings }]) => ({
		slug,
		label: mostCommon(spellings),
		count: tagged.length,
		articles: tagged,
	}));
	return groups.sort((a, b) => b.count - a.count || compareLabels(a, b));
}

function mostCommon(counts: ReadonlyMap<string, number>): string {
	let best = '';
	let bestCount = 0;
	for (const [spelling, count] of counts) {
		if (count > bestCount) [best, bestCount] = [spelling, count];
	}
	return best;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Orders tags A–Z as readers expect (case and accents aside), then by slug so the order is total. */
export function compareLabels(
	a: Pick<TagGroup<unknown>, 'label' | 'slug'>,
	b: Pick<TagGroup<unknown>, 'label' | 'slug'>,
): number {
	return collator.compare(a.label, b.label) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** The tags A–Z. */
export function alphabetical<T extends Pick<TagGroup<unknown>, 'label' | 'slug'>>(groups: readonly T[]): T[] {
	return [...groups].sort(compareLabels);
}

/** Labels every tag link site-wide with its group's label, so one tag reads the same everywhere. */
export function tagLabeller(groups: readonly Pick<TagGroup<unknown>, 'slug' | 'label'>[]): TagLabeller {
	const labels = new Map(groups.map((group) => [group.slug, group.label]));
	return (slug, spelling) => labels.get(slug) ?? spelling;
}

/** Two or more different tags that would share one tag page. */
export interface TagCollision {
	readonly slug: string;
	/** Each different tag (its first spelling met) with the files using it, sorted. */
	readonly tags: readonly { readonly spelling: string; readonly files: readonly string[] }[];
}

/** Every slug that different tags (by {@link tagKey}) would share, with who uses which. */
export function findTagCollisions(
	items: readonly { readonly filePath: string; readonly tags: readonly string[] }[],
): TagCollision[] {
	const bySlug = new Map<string, Map<string, { spelling: string; files: Set<string> }>>();
	for (const { filePath, tags } of items) {
		for (const tag of tags) {
			const slug = slugify(tag);
			const byKey = bySlug.get(slug) ?? new Map<string, { spelling: string; files: Set<string> }>();
			bySlug.set(slug, byKey);
			const key = tagKey(tag);
			const entry = byKey.get(key) ?? { spelling: tag, files: new Set<string>() };
			byKey.set(key, entry);
			entry.files.add(filePath);
		}
	}
	return [...bySlug]
		.filter(([, byKey]) => byKey.size > 1)
		.map(([slug, byKey]) => ({
			slug,
			tags: [...byKey.values()].map(({ spelling, files }) => ({ spelling, files: [...files].sort() })),
		}));
}

/** One problem per file involved in a collision, naming the clashing tags and the other files. */
export function tagCollisionProblems(
	collisions: readonly TagCollision[],
): { file: string; field: string; message: string }[] {
	return collisions.flatMap(({ slug, tags }) =>
		tags.flatMap((tag) => {
			const { spelling, files } = tag;
			const others = tags
				.filter((other) => other !== tag)
				.map((other) => `"${other.spelling}" (in ${other.files.join(', ')})`)
				.join(' and ');
			return files.map((file) => ({
				file,
				field: 'tags',
				message: `tag "${spelling}" and tag ${others} would share one page, /tags/${slug}/; rename one of them`,
			}));
		}),
	);
}
