import type { Article } from '../articles.ts';
import { articleCard, type ArticleCardView } from './article-view.ts';
import { paginate, paginationView, type PaginationView } from '../pagination.ts';
import type { ViewContext } from './view-context.ts';

/** One page of the home listing, ready to render. */
export interface HomePageView {
	readonly number: number;
	readonly path: string;
	readonly title: string;
	/** The visible h1. */
	readonly heading: string;
	readonly description: string;
	readonly cards: readonly ArticleCardView[];
	readonly pagination: PaginationView;
}

/** Every page of the home listing (newest first), `pageSize` articles a page. */
export function homePages(articles: readonly Article[], context: ViewContext): HomePageView[] {
	const { urls, pageSize, site } = context;
	return paginate(articles, pageSize).map((page) => ({
		number: page.number,
		path: urls.homePage(page.number),
		title: page.number === 1 ? site.title : `Latest news, page ${page.number} of ${page.total}`,
		heading: page.number === 1 ? 'Latest news' : `Latest news, page ${page.number}`,
		description: page.number === 1 ? site.description : `${site.description} Page ${page.number} of ${page.total}.`,
		cards: page.items.map((article) => articleCard(article, context)),
		pagination: paginationView(page, urls.homePage),
	}));
}
