import type { ViewContext } from './view-context.ts';

/** A site page (about, standards) ready to render around its Markdown. */
export interface SitePageView {
	readonly path: string;
	readonly title: string;
	readonly description: string;
}

/** The page model of a site page from its front-matter and slug. */
export function sitePageView(
	page: { readonly slug: string; readonly title: string; readonly description: string },
	{ urls }: Pick<ViewContext, 'urls'>,
): SitePageView {
	return { path: urls.sitePage(page.slug), title: page.title, description: page.description };
}
