import type { APIRoute } from 'astro';
import { feedResponse, siteFeed } from '../data/site-feeds.ts';

/** The site-wide feed of the newest articles, as atom.xml. */
export const GET: APIRoute = async () => feedResponse('atom', await siteFeed());
