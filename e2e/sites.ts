import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the e2e builds live (outside node_modules and dist, ignored by git); `E2E_DIR` moves them. */
export const E2E_DIR = process.env.E2E_DIR ? resolve(process.env.E2E_DIR) : join(ROOT, '.cache', 'e2e');

/** The root build's port; the base-path build uses the next one. `E2E_PORT` lets two checkouts test side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4400);

/** The fixture content folder: generated articles plus a copy of the real `content/`. */
export const E2E_CONTENT = join(E2E_DIR, 'content');

/** The site origin the e2e builds are made for. */
export const E2E_SITE_URL = 'https://news.example.org';

/** The two builds every browser test can use: at the root and under a base path. */
export const SITES = {
	root: { basePath: '/', outDir: join(E2E_DIR, 'root'), port: PORT },
	news: { basePath: '/news/', outDir: join(E2E_DIR, 'news'), port: PORT + 1 },
} as const;

/** The URL at which a site is served during the tests (with its base path). */
export function siteOrigin(site: keyof typeof SITES): string {
	return `http://127.0.0.1:${SITES[site].port}${SITES[site].basePath}`;
}
