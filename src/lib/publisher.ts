import { POLICY_PAGES, policyPageVariable, type PublisherSettings } from './settings.ts';
import type { Urls } from './urls.ts';

/** The publishing organisation as pages and JSON-LD name it: absolute URLs, only the policies that apply. */
export interface Publisher {
	readonly name: string;
	/** The home page. */
	readonly url: string;
	/** The logo's absolute URL. */
	readonly logo: string;
	/** The about page, when the settings name one. */
	readonly about?: string;
	readonly publishingPrinciples?: string;
	/** Always the /corrections/ page, which every build has. */
	readonly correctionsPolicy: string;
	readonly ethicsPolicy?: string;
	readonly masthead?: string;
	/** Only when the site publishes articles without a byline. */
	readonly noBylinesPolicy?: string;
}

/**
 * What is wrong with the publisher settings given the site pages there are (their slugs): one line
 * per policy that names a missing page, saying which setting and where the page should be.
 */
export function policyPageProblems(
	publisher: PublisherSettings,
	pageSlugs: ReadonlySet<string>,
	pagesDir: string,
): string[] {
	return POLICY_PAGES.flatMap((policy) => {
		const slug = publisher.pages[policy];
		if (slug === '' || pageSlugs.has(slug)) return [];
		return [
			`the publisher's ${policy} page is "${slug}" (${policyPageVariable(policy)}), but ${pagesDir}/${slug}.md does not exist; ` +
				`write that page or set ${policyPageVariable(policy)} to another page (or to nothing)`,
		];
	});
}

/** The publisher of the site, with each named policy page's URL; `hasUnbylined` says whether any article lacks a byline. */
export function resolvePublisher(
	publisher: PublisherSettings,
	urls: Urls,
	{ hasUnbylined }: { readonly hasUnbylined: boolean },
): Publisher {
	const page = (slug: string) => (slug === '' ? {} : { url: urls.absolute(urls.sitePage(slug)) });
	const policy = (key: Exclude<keyof Publisher, 'name' | 'url' | 'logo' | 'correctionsPolicy'>, slug: string) => {
		const found = page(slug);
		return 'url' in found ? { [key]: found.url } : {};
	};
	const { pages } = publisher;
	return {
		name: publisher.name,
		url: urls.absolute(urls.home()),
		logo: urls.absolute(urls.file(publisher.logo)),
		...policy('about', pages.about),
		...policy('publishingPrinciples', pages.publishingPrinciples),
		correctionsPolicy: urls.absolute(urls.corrections()),
		...policy('ethicsPolicy', pages.ethicsPolicy),
		...policy('masthead', pages.masthead),
		...(hasUnbylined ? policy('noBylinesPolicy', pages.noBylinesPolicy) : {}),
	};
}

/** Slugs a site page may not take: the site's own routes. */
const RESERVED = new Set(['archive', 'authors', 'corrections', 'og', 'page', 'search', 'stories', 'tags', '404']);

/** Why a site page's slug cannot be a top-level URL (it would hide a route), else undefined. */
export function sitePageSlugProblem(slug: string): string | undefined {
	if (RESERVED.has(slug))
		return `the page's slug "${slug}" is taken by the site's own /${slug}/ pages; rename the file`;
	if (/^\d+$/u.test(slug)) return `the page's slug "${slug}" is all digits, which are year pages; rename the file`;
	return undefined;
}
