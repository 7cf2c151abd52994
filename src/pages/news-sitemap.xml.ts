import type { APIRoute } from 'astro';
import { listPublished } from '../data/article-list.ts';
import { newsSitemapEntries, newsSitemapXml } from '../lib/syndication/news-sitemap.ts';
import { settings, urls } from '../data/site.ts';

/** The Google News sitemap: the articles of the two days before the build time. */
export const GET: APIRoute = async () => {
	const entries = newsSitemapEntries(await listPublished(), {
		now: settings.buildTime,
		urls,
		timeZone: settings.timeZone,
	});
	return new Response(newsSitemapXml(entries, { name: settings.title, lang: settings.lang }), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
