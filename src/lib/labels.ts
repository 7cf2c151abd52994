import type { ArticleLabel } from './article-schema.ts';

const KICKERS: Readonly<Record<ArticleLabel, string | undefined>> = {
	news: undefined,
	analysis: 'Analysis',
	opinion: 'Opinion',
	review: 'Review',
	explainer: 'Explainer',
	interview: 'Interview',
	obituary: 'Obituary',
	live: 'Live',
};

/** The kicker shown above an article's headline for its label; undefined for plain news, which shows none. */
export function labelKicker(label: ArticleLabel): string | undefined {
	return KICKERS[label];
}
