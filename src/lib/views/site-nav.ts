import type { Urls } from '../urls.ts';

/** A masthead link: `current` is `page` on the page itself, `true` anywhere else in its section. */
export interface NavItemView {
	readonly href: string;
	readonly label: string;
	readonly current?: 'page' | 'true';
}

/** The masthead's links, marking where the page at `path` (root-relative, as built) belongs. */
export function siteNav(path: string, urls: Urls): NavItemView[] {
	const home = urls.home();
	const datePage = new RegExp(`^${home.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\d{4}/(\\d{2}/(\\d{2}/)?)?$`, 'u');
	const items: { href: string; label: string; within: (p: string) => boolean }[] = [
		{ href: home, label: 'Front page', within: () => false },
		{ href: urls.tags(), label: 'Topics', within: (p) => p.startsWith(urls.tags()) },
		// A date page (year, month, day) sits in the archive; an article, though dated, does not.
		{ href: urls.archive(), label: 'Archive', within: (p) => datePage.test(p) },
		{ href: urls.search(), label: 'Search', within: () => false },
	];
	return items.map(({ href, label, within }) => {
		const current = path === href ? 'page' : within(path) ? 'true' : undefined;
		return { href, label, ...(current ? { current } : {}) };
	});
}
