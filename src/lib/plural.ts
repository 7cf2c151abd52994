/** "1 article", "12 articles": a count with its noun, never "1 articles". */
export function countArticles(count: number): string {
	return `${count} ${count === 1 ? 'article' : 'articles'}`;
}
