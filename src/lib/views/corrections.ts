import type { Article } from '../articles.ts';
import { timeView, type LinkView, type TimeView } from './article-view.ts';
import type { ViewContext } from './view-context.ts';

/** One correction in the site-wide list, with the article it corrects. */
export interface CorrectionEntryView {
	readonly time: TimeView;
	readonly text: string;
	readonly article: LinkView;
}

/** The /corrections/ page. */
export interface CorrectionsPageView {
	readonly path: string;
	readonly title: string;
	readonly description: string;
	/** Newest first. */
	readonly entries: readonly CorrectionEntryView[];
}

/**
 * Every correction of `articles`, newest first; corrections made at the same moment keep the
 * order of `articles` (newest first), then their own order within the article.
 */
export function correctionsPage(articles: readonly Article[], { urls, dates, site }: ViewContext): CorrectionsPageView {
	const entries = articles.flatMap((article, articleIndex) =>
		article.corrections.map((correction, index) => ({ correction, order: [articleIndex, index] as const, article })),
	);
	entries.sort(
		(a, b) =>
			b.correction.date.instant.getTime() - a.correction.date.instant.getTime() ||
			a.order[0] - b.order[0] ||
			a.order[1] - b.order[1],
	);
	return {
		path: urls.corrections(),
		title: 'Corrections',
		description: `Every correction ${site.title} has made to a published article, newest first.`,
		entries: entries.map(({ correction, article }) => ({
			time: timeView(correction.date, dates),
			text: correction.text,
			article: { href: article.path, label: article.title },
		})),
	};
}
