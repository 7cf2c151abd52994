import type { APIRoute } from 'astro';
import { feedResponse, siteFeed } from '../data/site-feeds.ts';

/** The site-wide feed of the newest articles, as rss.xml. */
export const GET: APIRoute = async () => feedResponse('rss', await siteFeed());
