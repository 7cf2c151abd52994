import type { APIRoute } from 'astro';
import { feedResponse, siteFeed } from '../data/site-feeds.ts';

/** The site-wide feed of the newest articles, as feed.json. */
export const GET: APIRoute = async () => feedResponse('json', await siteFeed());
