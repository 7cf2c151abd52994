import type { Article } from '../articles.ts';
import { articleCard, type ArticleCardView, type TagLabeller } from './article-view.ts';
import { paginate, paginationView, type PaginationView } from '../pagination.ts';
import type { DateFormat } from '../date-format.ts';
import type { Urls } from '../urls.ts';

/** One page of the home listing, ready to render. */
export interface HomePageView {
	readonly number: number;
	readonly path: string;
	readonly title: string;
	readonly cards: readonly ArticleCardView[];
	readonly pagination: PaginationView;
}

/** Every page of the home listing (newest first), `pageSize` articles a page. */
export function homePages(
	articles: readonly Article[],
	{
		urls,
		dates,
		pageSize,
		siteTitle,
		label,
	}: { urls: Urls; dates: DateFormat; pageSize: number; siteTitle: string; label?: TagLabeller },
): HomePageView[] {
	return paginate(articles, pageSize).map((page) => ({
		number: page.number,
		path: urls.homePage(page.number),
		title: page.number === 1 ? siteTitle : `Latest news, page ${page.number} of ${page.total}`,
		cards: page.items.map((article) => articleCard(article, urls, dates, label)),
		pagination: paginationView(page, urls.homePage),
	}));
}
