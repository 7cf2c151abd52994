import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import sirv from 'sirv';

/** One Lighthouse run: the four category scores (0–100) and the figures readers feel. */
export interface LighthouseRow {
	readonly page: string;
	readonly formFactor: 'mobile' | 'desktop';
	readonly performance: number;
	readonly accessibility: number;
	readonly bestPractices: number;
	readonly seo: number;
	/** Largest Contentful Paint, ms. */
	readonly lcp: number;
	/** Cumulative Layout Shift. */
	readonly cls: number;
	/** Total Blocking Time, ms. */
	readonly tbt: number;
	/** Bytes transferred (gzip where the host compresses). */
	readonly bytes: number;
}

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Serves a built site (root base path) as a compressing static host would, and runs Lighthouse
 * with Debian's Chromium on each page, mobile and desktop.
 */
export async function lighthouseRows(outDir: string, pages: readonly string[]): Promise<LighthouseRow[]> {
	await precompress(outDir);
	const files = sirv(outDir, { dev: false, etag: true, gzip: true });
	const server = createServer((req, res) => {
		files(req, res, () => {
			res.writeHead(404).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
		],
	});
	const rows: LighthouseRow[] = [];
	try {
		for (const page of pages) {
			for (const formFactor of ['mobile', 'desktop'] as const) {
				const result = await lighthouse(
					`${origin}${page}`,
					{ port: chrome.port, output: 'json', logLevel: 'error' },
					formFactor === 'desktop' ? desktopConfig : undefined,
				);
				if (!result) throw new Error(`Lighthouse returned nothing for ${page} (${formFactor})`);
				const { categories, audits, runtimeError } = result.lhr;
				if (runtimeError) throw new Error(`Lighthouse failed on ${page} (${formFactor}): ${runtimeError.message}`);
				const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
				const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
				rows.push({
					page,
					formFactor,
					performance: score('performance'),
					accessibility: score('accessibility'),
					bestPractices: score('best-practices'),
					seo: score('seo'),
					lcp: value('largest-contentful-paint'),
					cls: value('cumulative-layout-shift'),
					tbt: value('total-blocking-time'),
					bytes: value('total-byte-weight'),
				});
			}
		}
	} finally {
		chrome.kill();
		server.close();
	}
	return rows;
}

/** Writes a `.gz` beside every text file, which sirv sends to browsers that accept gzip. */
async function precompress(dir: string): Promise<void> {
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.(html|css|js|mjs|json|xml|svg|txt)$/u.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		await writeFile(`${path}.gz`, gzipSync(await readFile(path)));
	}
}
