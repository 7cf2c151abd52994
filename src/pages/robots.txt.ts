import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/syndication/robots.ts';
import { SITEMAP_FILES } from '../lib/syndication/sitemap.ts';
import { urls } from '../data/site.ts';

/** robots.txt naming the sitemap index and the news sitemap, under the site's own URL and base path. */
export const GET: APIRoute = () =>
	new Response(
		robotsTxt({
			sitemaps: [urls.absolute(urls.file(SITEMAP_FILES.index)), urls.absolute(urls.file(SITEMAP_FILES.news))],
		}),
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
