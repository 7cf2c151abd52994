const numberFormats = new Map<string, Intl.NumberFormat>();

/** A whole number grouped the way `lang` writes it: `10,000` in en-US, `10 000` in French. */
export function formatCount(count: number, lang = 'en-US'): string {
	let format = numberFormats.get(lang);
	if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 })));
	return format.format(count);
}

/** "1 article", "1,000 articles": a count with its noun, never "1 articles", grouped the way `lang` writes numbers. */
export function countArticles(count: number, lang = 'en-US'): string {
	return `${formatCount(count, lang)} ${count === 1 ? 'article' : 'articles'}`;
}
