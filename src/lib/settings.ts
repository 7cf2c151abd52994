import { dateLocale, type DateStyle } from './date-format.ts';
import { normaliseBasePath } from './urls.ts';

/** The site's settings, resolved from defaults and the environment. */
export interface SiteSettings {
	/** The publication's name, in the header, titles, feeds and JSON-LD. */
	readonly title: string;
	/** One sentence about the publication, for the home page and feeds. */
	readonly description: string;
	/** Production origin, without path or trailing slash (`SITE_URL`). */
	readonly siteUrl: string;
	/** Base path with leading and trailing slash (`BASE_PATH`, default `/`). */
	readonly basePath: string;
	/** BCP 47 language of the site and its articles (`SITE_LANG`); it decides how dates and numbers are written. */
	readonly lang: string;
	/** The newsroom's date style: month in full or abbreviated, and what a time's zone is called. */
	readonly dateStyle: DateStyle;
	/** The newsroom's IANA time zone: every date a reader sees is in it. */
	readonly timeZone: string;
	/** Articles per page on the home and tag pages. */
	readonly pageSize: number;
	/** Folder of Markdown articles, relative to the project root or absolute (`CONTENT_DIR`). */
	readonly contentDir: string;
	/** The moment of publication for the publishing rule (`BUILD_TIME`, default: now). */
	readonly buildTime: Date;
	/** Hosts whose pictures articles may use by URL (`IMAGE_HOSTS`, comma-separated); any other remote image is an error. */
	readonly imageHosts: readonly string[];
	/** Folder of the site pages (about, standards), Markdown, relative to the project root or absolute (`PAGES_DIR`). */
	readonly pagesDir: string;
	/** The organisation that publishes the site, as JSON-LD names it. */
	readonly publisher: PublisherSettings;
}

/** The publishing organisation: its name, logo and the site pages that state its policies. */
export interface PublisherSettings {
	/** The organisation's name (`PUBLISHER_NAME`); the site title by default. */
	readonly name: string;
	/** Its logo, a file in public/ (`PUBLISHER_LOGO`). */
	readonly logo: string;
	/** Site pages (by slug, in the pages folder) for each trust property; an empty value names none. */
	readonly pages: Readonly<Record<PolicyPage, string>>;
}

/** The site pages a publisher names: its about page and its schema.org trust properties. */
export const POLICY_PAGES = ['about', 'publishingPrinciples', 'ethicsPolicy', 'masthead', 'noBylinesPolicy'] as const;

/** One of {@link POLICY_PAGES}. */
export type PolicyPage = (typeof POLICY_PAGES)[number];

/** The environment variable that overrides each policy page: `ETHICS_POLICY_PAGE` and so on. */
export function policyPageVariable(policy: PolicyPage): string {
	return `${policy.replace(/[A-Z]/gu, (c) => `_${c}`).toUpperCase()}_PAGE`;
}

/** The defaults a newsroom edits for its own site. */
export const defaultSettings = {
	title: 'The Ledger',
	description: 'News, written in Markdown and published as a fast, accessible website.',
	siteUrl: 'https://news.example.org',
	basePath: '/',
	lang: 'en-US',
	timeZone: 'America/New_York',
	// "Feb. 12, 2025, 5:46 p.m. ET", as US papers write it; `long` gives "February 12, 2025".
	dateStyle: {
		month: 'abbreviated',
		zoneLabels: {
			'America/New_York': 'ET',
			'America/Chicago': 'CT',
			'America/Denver': 'MT',
			'America/Los_Angeles': 'PT',
		},
	},
	pageSize: 10,
	contentDir: 'content',
	imageHosts: [],
	// The site's pages (about, standards) are the publication's own, not articles: they live beside the
	// code, never in the content folder, and stay whatever CONTENT_DIR says.
	pagesDir: 'src/site-pages',
	publisher: {
		logo: 'favicon.svg',
		// No masthead page: the site names no staff.
		pages: {
			about: 'about',
			publishingPrinciples: 'standards',
			ethicsPolicy: 'standards',
			masthead: '',
			noBylinesPolicy: 'standards',
		},
	},
} as const;

/** Settings from `env` over the defaults; throws a clear error for a bad `SITE_URL`, `BUILD_TIME` or zone. */
export function resolveSettings(env: Readonly<Record<string, string | undefined>>, now: Date): SiteSettings {
	const siteUrl = env.SITE_URL?.trim() || defaultSettings.siteUrl;
	let origin: URL;
	try {
		origin = new URL(siteUrl);
	} catch {
		throw new Error(`SITE_URL must be an absolute URL such as https://news.example.org, not "${siteUrl}"`);
	}
	if (origin.protocol !== 'https:' && origin.protocol !== 'http:') {
		throw new Error(`SITE_URL must start with https:// or http://, not "${siteUrl}"`);
	}
	if (origin.pathname !== '/' || origin.search || origin.hash) {
		throw new Error(
			`SITE_URL must be an origin only, such as https://example.github.io; put a path in BASE_PATH (got "${siteUrl}")`,
		);
	}
	const buildTimeText = env.BUILD_TIME?.trim();
	const buildTime = buildTimeText ? new Date(buildTimeText) : now;
	if (Number.isNaN(buildTime.getTime())) {
		throw new Error(`BUILD_TIME must be an ISO 8601 date-time such as 2025-02-13T12:00:00Z, not "${buildTimeText}"`);
	}
	const timeZone = env.SITE_TIME_ZONE?.trim() || defaultSettings.timeZone;
	try {
		new Intl.DateTimeFormat('en', { timeZone });
	} catch {
		throw new Error(`SITE_TIME_ZONE must be an IANA time zone such as America/New_York, not "${timeZone}"`);
	}
	const lang = env.SITE_LANG?.trim() || defaultSettings.lang;
	try {
		dateLocale(lang);
		new Intl.NumberFormat(lang);
	} catch {
		throw new Error(
			`SITE_LANG must be a BCP 47 language tag with a date-fns locale, such as en-US or fr, not "${lang}"`,
		);
	}
	const title = defaultSettings.title;
	const pages = Object.fromEntries(
		POLICY_PAGES.map((policy) => [
			policy,
			(env[policyPageVariable(policy)] ?? defaultSettings.publisher.pages[policy]).trim(),
		]),
	) as Record<PolicyPage, string>;
	return {
		...defaultSettings,
		pagesDir: env.PAGES_DIR?.trim() || defaultSettings.pagesDir,
		publisher: {
			name: env.PUBLISHER_NAME?.trim() || title,
			logo: env.PUBLISHER_LOGO?.trim() || defaultSettings.publisher.logo,
			pages,
		},
		lang,
		siteUrl: origin.origin,
		basePath: normaliseBasePath(env.BASE_PATH ?? defaultSettings.basePath),
		timeZone,
		contentDir: env.CONTENT_DIR?.trim() || defaultSettings.contentDir,
		buildTime,
		imageHosts: env.IMAGE_HOSTS
			? env.IMAGE_HOSTS.split(',')
					.map((host) => host.trim().toLowerCase())
					.filter((host) => host !== '')
			: defaultSettings.imageHosts,
	};
}
