import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** Bytes of one kind of resource, as stored and as sent with gzip. */
export interface Size {
	readonly raw: number;
	readonly gzip: number;
	readonly files: number;
}

/** What a first visit to one page downloads, by kind (images and the favicon aside). */
export interface PageWeight {
	readonly html: Size;
	readonly css: Size;
	readonly js: Size;
	readonly fonts: Size;
	readonly total: Size;
}

const FONT_RE = /\.(woff2?|ttf|otf|eot)(?:[?#].*)?$/iu;

/**
 * The first-load weight of the page at `pagePath` (e.g. `/2024/05/01/x/`) in a built site: its HTML,
 * the stylesheets and scripts it links, and the fonts those stylesheets or preloads pull in.
 * Each file is gzipped on its own at zlib's default level, as a web server would send it.
 */
export async function pageWeight(outDir: string, pagePath: string, basePath = '/'): Promise<PageWeight> {
	const fileOf = (url: string) => join(outDir, decodeURI(url.replace(/[?#].*$/u, '')).slice(basePath.length));
	const htmlText = await readFile(join(fileOf(pagePath), 'index.html'));
	const { document } = parseHTML(htmlText.toString());
	const resolve = (href: string, from: string) => new URL(href, `http://site${from}`).pathname;
	const css = [...document.querySelectorAll('link[rel~="stylesheet"][href]')].map((l) =>
		resolve(l.getAttribute('href') ?? '', pagePath),
	);
	const js = [
		...[...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src') ?? ''),
		...[...document.querySelectorAll('link[rel="modulepreload"][href]')].map((l) => l.getAttribute('href') ?? ''),
	].map((href) => resolve(href, pagePath));
	const fonts = [...document.querySelectorAll('link[rel="preload"][as="font"][href]')].map((l) =>
		resolve(l.getAttribute('href') ?? '', pagePath),
	);
	// Inline <style> is already counted in the HTML; fonts it or the stylesheets name are downloads.
	const styleTexts = [...document.querySelectorAll('style')].map((s) => ({
		text: s.textContent,
		from: pagePath,
	}));
	const cssFiles = await Promise.all(
		[...new Set(css)].map(async (url) => ({ url, bytes: await readFile(fileOf(url)) })),
	);
	for (const { url, bytes } of cssFiles) styleTexts.push({ text: bytes.toString(), from: url });
	for (const { text, from } of styleTexts) {
		for (const [, url] of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/gu))
			if (url && FONT_RE.test(url)) fonts.push(resolve(url, from));
	}
	const sizeOf = async (urls: string[]): Promise<Size> => {
		const all = await Promise.all([...new Set(urls)].map((url) => readFile(fileOf(url))));
		return sum(all.map((bytes) => ({ raw: bytes.length, gzip: gzipSync(bytes).length, files: 1 })));
	};
	const weight = {
		html: sum([{ raw: htmlText.length, gzip: gzipSync(htmlText).length, files: 1 }]),
		css: sum(cssFiles.map(({ bytes }) => ({ raw: bytes.length, gzip: gzipSync(bytes).length, files: 1 }))),
		js: await sizeOf(js),
		fonts: await sizeOf(fonts),
	};
	return { ...weight, total: sum([weight.html, weight.css, weight.js, weight.fonts]) };
}

function sum(sizes: Size[]): Size {
	return sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, files: a.files + b.files }), {
		raw: 0,
		gzip: 0,
		files: 0,
	});
}

/** `12,345 B` as `12.1 KB` (1 KB = 1,024 bytes). */
export function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}
