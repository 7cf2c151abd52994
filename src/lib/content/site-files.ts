/**
 * The files of the content folder that are not articles: author profiles (`authors/`, YAML or
 * Markdown) and site pages (`pages/`, Markdown). Each is checked as strictly as an article, and
 * every problem names the file and the field.
 */
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { sitePageSlugProblem } from '../publisher.ts';
import { slugFromFilePath, slugify } from '../slugs.ts';
import type { ContentProblem } from './content-problems.ts';
import { splitArticle } from './frontmatter.ts';

const line = (what: string) =>
	z
		.string({ error: `${what} must be text` })
		.transform((value) => value.replace(/\s+/gu, ' ').trim())
		.refine((value) => value !== '', `${what} must not be empty`);

/** An author's profile: who the byline is, for their page and their JSON-LD `Person`. */
export const profileSchema = z.strictObject({
	/** The name as bylines write it; by default the file name says whose profile it is. */
	name: line('name').optional(),
	/** What they do at the publication, e.g. "Harbour reporter". */
	role: line('role').optional(),
	/** A sentence or two about them. */
	bio: line('bio').optional(),
	/** Their profiles elsewhere (https URLs), as schema.org `sameAs`. */
	sameAs: z
		.array(
			z.url({ protocol: /^https?$/u, error: 'each sameAs entry must be an http(s) URL, e.g. https://example.org/ada' }),
			{ error: 'sameAs must be a list of URLs' },
		)
		.default([]),
});

/** A profile as stored: its fields and the author slug it belongs to. */
export type Profile = z.output<typeof profileSchema> & { readonly slug: string };

/** A site page's front-matter: its title and one-sentence description. */
export const sitePageSchema = z.strictObject({
	/** The page's heading and title. */
	title: line('title'),
	/** Its meta description. */
	description: line('description'),
});

/** A site page: its slug (the file name), front-matter and Markdown body. */
export interface SitePage {
	readonly slug: string;
	readonly filePath: string;
	readonly title: string;
	readonly description: string;
	readonly body: string;
}

/** One file of a site folder: its name, its path for messages, and its bytes. */
export interface SiteFile {
	readonly name: string;
	readonly filePath: string;
	readonly bytes: Uint8Array;
}

const PROFILE_RE = /\.(ya?ml|md)$/iu;
const PAGE_RE = /\.md$/iu;

/** True when a file in the authors folder is a profile (`.yml`, `.yaml` or `.md`). */
export function isProfileFileName(name: string): boolean {
	return PROFILE_RE.test(name);
}

/** True when a file in the pages folder is a site page (`.md`). */
export function isSitePageFileName(name: string): boolean {
	return PAGE_RE.test(name);
}

function issues(file: string, error: z.ZodError): ContentProblem[] {
	return error.issues.map((issue) => ({
		file,
		field: issue.path.length ? issue.path.map(String).join('.') : '(file)',
		message: issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message,
	}));
}

/** The profile in `file`, its slug from the name it gives or else the file name; or its problems. */
export function checkProfileFile(file: SiteFile): { profile: Profile } | { problems: ContentProblem[] } {
	let raw: unknown;
	let body = '';
	if (/\.md$/iu.test(file.name)) {
		const split = splitArticle(file.bytes);
		if ('problems' in split) return { problems: split.problems.map((p) => ({ file: file.filePath, ...p })) };
		raw = split.frontmatter;
		body = split.body.replace(/\s+/gu, ' ').trim();
	} else {
		try {
			raw = parse(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes), { schema: 'core', maxAliasCount: 50 });
		} catch (error) {
			const message = `invalid YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`;
			return { problems: [{ file: file.filePath, field: '(file)', message }] };
		}
	}
	// A Markdown profile's body is the bio, when the front-matter gives none.
	const withBio = raw && typeof raw === 'object' && body && !('bio' in raw) ? { ...raw, bio: body } : raw;
	const result = profileSchema.safeParse(withBio ?? {});
	if (!result.success) return { problems: issues(file.filePath, result.error) };
	const slug = result.data.name ? slugify(result.data.name) : slugFromFilePath(file.name.replace(/\.ya?ml$/iu, '.md'));
	return { profile: { ...result.data, slug } };
}

/** The site page in `file`, its slug the file name; or its problems. */
export function checkSitePageFile(file: SiteFile): { page: SitePage } | { problems: ContentProblem[] } {
	const split = splitArticle(file.bytes);
	if ('problems' in split) return { problems: split.problems.map((p) => ({ file: file.filePath, ...p })) };
	const result = sitePageSchema.safeParse(split.frontmatter);
	if (!result.success) return { problems: issues(file.filePath, result.error) };
	const slug = slugFromFilePath(file.name);
	const slugProblem = sitePageSlugProblem(slug);
	if (slugProblem) return { problems: [{ file: file.filePath, field: '(file)', message: slugProblem }] };
	return { page: { slug, filePath: file.filePath, ...result.data, body: split.body } };
}
