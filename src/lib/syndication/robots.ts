/** robots.txt for a site that lets every crawler in and names its sitemaps (absolute URLs). */
export function robotsTxt({ sitemaps }: { sitemaps: readonly string[] }): string {
	return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((url) => `Sitemap: ${url}`), ''].join('\n');
}
