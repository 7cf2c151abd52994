import { z } from 'astro/zod';
import { parseArticleDate, type ArticleDate } from './dates.ts';
import { slugify, urlSegmentProblem } from './slugs.ts';

// C0 and C1 control characters other than tab and line breaks: invisible, and invalid in XML feeds.
const CONTROL_RE = /(?![\t\n\r])\p{Cc}/u;

/** The most tags an article may have: each is a page and three feeds, and pages list them all. */
export const MAX_TAGS = 50;

/** "must be text", with the fix when YAML read a number or a yes/no (`slug: 404` → `slug: "404"`). */
function notText(what: string, input: unknown): string {
	if (input === undefined) return `${what} is required`;
	if (typeof input === 'number' || typeof input === 'boolean')
		return `${what} must be text; YAML read ${String(input)} as a ${typeof input}: put it in quotes, e.g. "${String(input)}"`;
	return `${what} must be text`;
}

/** A one-line text field: trimmed, inner white space collapsed, never empty, no control characters. */
const text = (what: string) =>
	z
		.string({ error: (issue) => notText(what, issue.input) })
		.refine((value) => !CONTROL_RE.test(value), {
			error: (issue) => `${what} contains an invisible control character (${controlCharacter(issue.input)}); remove it`,
		})
		.transform((value) => value.replace(/\s+/gu, ' ').trim())
		.refine((value) => value !== '', `${what} must not be empty`);

/** The first control character in `value`, as `U+0007`. */
function controlCharacter(value: unknown): string {
	const found = typeof value === 'string' ? CONTROL_RE.exec(value)?.[0] : undefined;
	return `U+${(found?.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A front-matter date (`2025-02-12` or `2025-02-12T14:05:00-05:00`), read in `timeZone`. */
const articleDate = (what: string, timeZone: string) =>
	z
		.string({ error: `${what} must be a date written as YYYY-MM-DD, optionally with a time and offset` })
		.transform((value, ctx): ArticleDate => {
			const parsed = parseArticleDate(value, timeZone);
			if ('error' in parsed) {
				// The message already quotes the value; the field is named by the problem list.
				ctx.addIssue({ code: 'custom', message: parsed.error });
				return z.NEVER;
			}
			return parsed;
		});

/** The kinds of article, each shown as a kicker (`news`, the default, shows none) and typed in JSON-LD. */
export const ARTICLE_LABELS = [
	'news',
	'analysis',
	'opinion',
	'review',
	'explainer',
	'interview',
	'obituary',
	'live',
] as const;

/** One of {@link ARTICLE_LABELS}. */
export type ArticleLabel = (typeof ARTICLE_LABELS)[number];

const BYLINE_ERROR = 'author must be a name or a list of names, e.g. [Ada Reporter, Ben Writer]';

/** A text field that also names a page: its slug must fit in one URL segment. */
const sluggedText = (what: string, source: string, fix: string) =>
	text(what).superRefine((value, ctx) => {
		const problem = urlSegmentProblem(slugify(value), source, fix);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

/** One name in a byline: it gives the author's page, so it must make a slug. */
const byline = (what: string) => sluggedText(what, 'the name gives the slug', 'shorten the name');

/** `names` without repeats by slug (`Ada Reporter` and `ada reporter` are one author), first spelling kept. */
function distinctBySlug(names: readonly string[]): string[] {
	const seen = new Set<string>();
	return names.filter((name) => {
		const slug = slugify(name);
		if (seen.has(slug)) return false;
		seen.add(slug);
		return true;
	});
}

/** The lead image: a picture file beside the article (or a URL on an allowed host), described for screen readers. */
const leadImage = z.strictObject(
	{
		/** The picture: a path relative to the article file (`./harbour.jpg`) or an https URL on an allowed host. */
		src: text('image.src'),
		/** What the picture shows, read out by screen readers; required. */
		alt: text('image.alt'),
		/** Shown under the picture. */
		caption: text('image.caption').optional(),
		/** The photographer or agency, shown with the caption. */
		credit: text('image.credit').optional(),
	},
	{ error: 'image must be { src, alt } with an optional caption and credit' },
);

/** An article's lead image as written in its front-matter. */
export type LeadImage = z.output<typeof leadImage>;

/**
 * The front-matter of an article. Unknown fields are errors, so a typo such as `Draft: true`
 * can never pass silently. Dates are read in the site's `timeZone`.
 */
export function createArticleSchema(timeZone: string) {
	return z.strictObject({
		/** The headline. */
		title: text('title'),
		/** The standfirst: one or two sentences under the headline, also the summary in feeds and search. */
		description: text('description'),
		/** Publication: a day (`2025-02-12`, that day in the site's time zone) or an instant with offset. */
		date: articleDate('date', timeZone),
		/** When the article was last substantively updated; never changes its place in lists or feeds. */
		updated: articleDate('updated', timeZone).optional(),
		/** Topics, shown as links to the tag pages; spelling and case may vary, the slug is what counts. */
		tags: z
			.array(sluggedText('tag', 'the tag gives the slug', 'shorten the tag'), {
				error: 'tags must be a list, e.g. [Ukraine, Russia]',
			})
			.max(MAX_TAGS, {
				error: (issue) => {
					const count = Array.isArray(issue.input) ? issue.input.length : 'too many';
					return `${count} tags; an article may have at most ${MAX_TAGS}: keep the ones readers follow`;
				},
			})
			.default([]),
		/** The byline: one name or a list (`[Ada Reporter, Ben Writer]`); empty when the article names no author. */
		author: z
			.union([byline('author'), z.array(byline('author'), { error: BYLINE_ERROR })], { error: BYLINE_ERROR })
			.transform((names) => distinctBySlug(typeof names === 'string' ? [names] : names))
			.default([]),
		/** What kind of article this is, shown as a kicker above the headline; plain `news` shows none. */
		label: z
			.enum(ARTICLE_LABELS, {
				error: (issue) =>
					`label must be one of ${ARTICLE_LABELS.join(', ')}` +
					(typeof issue.input === 'string' ? `, not "${issue.input}"` : ''),
			})
			.default('news'),
		/** The developing story the article belongs to (`Harbour strike`); its articles share a timeline page. */
		story: sluggedText('story', 'the story gives the slug', 'shorten the story name').optional(),
		/** A draft is never published; `astro dev` shows it with a "Draft" label. */
		draft: z.boolean({ error: 'draft must be true or false (without quotes)' }).default(false),
		/** The last URL segment; by default the file name. Must already be a slug (lower case, hyphens). */
		slug: z
			.string({ error: (issue) => notText('slug', issue.input) })
			.refine((value) => value !== '' && slugify(value) === value, {
				error: 'slug must be lower case letters, digits and hyphens, e.g. "peace-talks"',
			})
			.superRefine((slug, ctx) => {
				const problem = urlSegmentProblem(slug, 'the slug', 'shorten it');
				if (problem) ctx.addIssue({ code: 'custom', message: problem });
			})
			.optional(),
		/** The lead image, shown between the standfirst and the body and, cropped, where the article is listed. */
		image: leadImage.optional(),
		/** Corrections and updates, each dated, shown under the article and listed on /corrections/. */
		corrections: z
			.array(
				z.strictObject({
					/** When the correction was made. */
					date: articleDate('correction date', timeZone),
					/** What was corrected, as readers should read it. */
					text: text('correction text'),
				}),
				{ error: 'corrections must be a list of { date, text }' },
			)
			.default([]),
	});
}

/** An article's validated front-matter. */
export type ArticleData = z.output<ReturnType<typeof createArticleSchema>>;

/** One problem with one field of an article's front-matter. */
export interface FieldProblem {
	/** Dotted path of the field, e.g. `tags.2`, or `(front-matter)` for the whole. */
	readonly field: string;
	readonly message: string;
}

// One schema per zone, built once: zod compiles a schema on first use, which per article cost more than validating.
const schemas = new Map<string, ReturnType<typeof createArticleSchema>>();

/** Validates front-matter, returning the data or every problem found with the field each concerns. */
export function validateArticleData(
	raw: unknown,
	timeZone: string,
): { data: ArticleData } | { problems: FieldProblem[] } {
	let schema = schemas.get(timeZone);
	if (!schema) schemas.set(timeZone, (schema = createArticleSchema(timeZone)));
	const result = schema.safeParse(raw);
	if (result.success) return { data: result.data };
	const known = Object.keys(schema.shape);
	const problems = result.error.issues.flatMap((issue): FieldProblem[] => {
		if (issue.code === 'unrecognized_keys') {
			const parent = issue.path.map(String).join('.');
			const fields = parent === 'image' ? Object.keys(leadImage.shape) : known;
			return issue.keys.map((key) => {
				const meant = fields.find((name) => name.toLowerCase() === key.trim().toLowerCase());
				const hint = meant ? `did you mean "${meant}"?` : `the fields are ${fields.join(', ')}`;
				const field = parent ? `${parent}.${key}` : key;
				return { field, message: `unknown field "${field}"; ${hint}` };
			});
		}
		const field = issue.path.length ? issue.path.map(String).join('.') : '(front-matter)';
		return [{ field, message: issue.message }];
	});
	return { problems };
}

/**
 * What the loader stores for each article: its front-matter, plus what it worked out once while
 * checking and rendering the file. Types the collection; the loader has validated every field.
 */
export function createArticleEntrySchema(timeZone: string) {
	return createArticleSchema(timeZone).extend({
		/** The last URL segment: the `slug` field, else the file name. */
		slug: z.string(),
		/** The publication day in the site's time zone (the URL's date). */
		day: z.strictObject({ year: z.number(), month: z.number(), day: z.number() }),
		/** Words in the body text. */
		wordCount: z.number(),
		/** Whole minutes to read, at least 1. */
		readingMinutes: z.number(),
	});
}

/** An article's stored data: front-matter with slug, day, word count and reading time. */
export type ArticleEntryData = z.output<ReturnType<typeof createArticleEntrySchema>>;
