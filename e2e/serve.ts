/**
 * Serves the e2e builds as a static host would: each under its base path, missing files
 * answered with the site's 404 page and status 404. Started by Playwright's webServer.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { SITES } from './sites.ts';

for (const site of Object.values(SITES)) {
	const files = sirv(site.outDir, { dev: false, etag: true, dotfiles: false });
	const notFound = (): Buffer => readFileSync(join(site.outDir, '404.html'));
	createServer((req, res) => {
		const url = req.url ?? '/';
		const send404 = (): void => {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(notFound());
		};
		if (!url.startsWith(site.basePath)) {
			send404();
			return;
		}
		req.url = `/${url.slice(site.basePath.length)}`;
		files(req, res, send404);
	}).listen(site.port, '127.0.0.1');
}
console.log(
	`serving e2e sites on ${Object.values(SITES)
		.map((s) => `http://127.0.0.1:${s.port}${s.basePath}`)
		.join(', ')}`,
);
