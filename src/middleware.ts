import { defineMiddleware } from 'astro:middleware';
import { pruneScriptHashes, sha256Source } from './integrations/csp-hashes.ts';

/**
 * Each HTML page's Content-Security-Policy keeps only the hashes of the inline scripts it has
 * (src/integrations/csp-hashes.ts), as the page is rendered: a page the incremental build copies
 * from the last build is already narrowed, so no pass over the whole site is needed.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(pruneScriptHashes(await response.text(), sha256Source), response);
});
