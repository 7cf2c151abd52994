/**
 * The host header files (public/_headers for Netlify and Cloudflare Pages, vercel.json for Vercel):
 * which headers each kind of URL gets, at the root and under a base path, matched the way the
 * hosts document their patterns (`*` any characters, `:name` one path segment).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './support/build-site.ts';

interface Rule {
	readonly source: string;
	readonly matches: RegExp;
	readonly headers: readonly (readonly [string, string])[];
}

/** Rules of a `_headers` file: a path line, then indented `Name: value` lines. */
function headersFileRules(text: string): Rule[] {
	const rules: { source: string; matches: RegExp; headers: [string, string][] }[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/u.test(line)) {
			const pattern = line
				.trim()
				.split(/(\*|:[A-Za-z]\w*)/u)
				.map((part) =>
					part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'),
				)
				.join('');
			rules.push({ source: line.trim(), matches: new RegExp(`^${pattern}$`, 'u'), headers: [] });
			continue;
		}
		const [, name = '', value = ''] = /^\s+([^:]+):\s*(.*)$/u.exec(line) ?? [];
		const rule = rules.at(-1);
		if (!rule || !name) throw new Error(`_headers: a header line outside a rule or without a name: "${line}"`);
		rule.headers.push([name.trim(), value.trim()]);
	}
	return rules;
}

/** Rules of vercel.json; its sources use path-to-regexp, of which we allow `(.*)`, `:name` and `:name(a|b)`. */
function vercelRules(config: { headers: { source: string; headers: { key: string; value: string }[] }[] }): Rule[] {
	return config.headers.map(({ source, headers }) => {
		const pattern = source
			.split(/(\(\.\*\)|:[A-Za-z]\w*(?:\([^)]*\))?)/u)
			.map((part) => {
				if (part === '(.*)') return '.*';
				const named = /^:[A-Za-z]\w*(?:\((.*)\))?$/u.exec(part);
				if (named) return named[1] ? `(?:${named[1]})` : '[^/]+';
				if (/[()*+?]/u.test(part)) throw new Error(`vercel.json: unsupported pattern syntax in "${source}"`);
				return part.replace(/[.^${}|[\]\\]/gu, '\\$&');
			})
			.join('');
		return {
			source,
			matches: new RegExp(`^${pattern}$`, 'u'),
			headers: headers.map(({ key, value }) => [key, value] as const),
		};
	});
}

/** The headers `path` gets, each name once, and any header that two matching rules both set. */
function headersFor(rules: readonly Rule[], path: string): { headers: Record<string, string>; clashes: string[] } {
	const headers: Record<string, string> = {};
	const clashes: string[] = [];
	for (const rule of rules.filter((r) => r.matches.test(path))) {
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			if (key in headers) clashes.push(`${key} (again from ${rule.source})`);
			headers[key] = value;
		}
	}
	return { headers, clashes };
}

const netlify = headersFileRules(readFileSync(join(ROOT, 'public', '_headers'), 'utf8'));
const vercel = vercelRules(JSON.parse(readFileSync(join(ROOT, 'vercel.json'), 'utf8')));

const PROTECTIONS = [
	'content-security-policy',
	'x-content-type-options',
	'referrer-policy',
	'permissions-policy',
	'strict-transport-security',
	'x-frame-options',
	'cross-origin-opener-policy',
	'cross-origin-resource-policy',
];
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';

/** URLs of each kind a build serves, relative to the base path, with the Cache-Control they need. */
const URLS: readonly [string, string | undefined][] = [
	['', undefined],
	['2025/02/12/trump-putin-ukraine-peace-talks/', undefined],
	['tags/ukraine/2/', undefined],
	['404.html', undefined],
	['favicon.svg', undefined],
	['pagefind/2025/pagefind.js', undefined],
	['_astro/BaseLayout.DLB-ol2N.css', IMMUTABLE],
	['_astro/hoisted.Bx1_9k.js', IMMUTABLE],
	['_astro/harbour.lWVidw36_Z1rsKOm.avif', IMMUTABLE],
	['og/b4c5129245cd216a.png', IMMUTABLE],
	['rss.xml', SHORT],
	['atom.xml', SHORT],
	['feed.json', SHORT],
	['sitemap-index.xml', SHORT],
	['sitemap-0.xml', SHORT],
	['news-sitemap.xml', SHORT],
	['robots.txt', undefined],
	['tags/ukraine/rss.xml', SHORT],
	['tags/ukraine/atom.xml', SHORT],
	['tags/ukraine/feed.json', SHORT],
];

describe.each([
	['public/_headers', netlify],
	['vercel.json', vercel],
])('%s', (_name, rules) => {
	for (const base of ['/', '/news/']) {
		test(`under ${base}: protections on every URL, a year for hashed assets, minutes for feeds, host default for pages`, () => {
			for (const [path, cacheControl] of URLS) {
				const { headers, clashes } = headersFor(rules, base + path);
				expect(clashes, `${base + path}: two rules set the same header`).toEqual([]);
				for (const name of PROTECTIONS) expect(headers[name], `${name} on ${base + path}`).toBeTruthy();
				expect(headers['cache-control'], `cache-control on ${base + path}`).toBe(cacheControl);
			}
		});
	}

	test('forbids framing, sniffing and powerful features', () => {
		const { headers } = headersFor(rules, '/');
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/u);
	});

	test('keeps readers on HTTPS for a year, refuses framing in old browsers too, and isolates the site', () => {
		const { headers } = headersFor(rules, '/');
		expect(headers['strict-transport-security']).toBe('max-age=31536000');
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['cross-origin-opener-policy']).toBe('same-origin');
		expect(headers['cross-origin-resource-policy']).toBe('same-origin');
	});
});

test('Netlify, Cloudflare Pages and Vercel send the same headers for every URL', () => {
	for (const base of ['/', '/news/']) {
		for (const [path] of URLS) {
			expect(headersFor(vercel, base + path).headers, base + path).toEqual(headersFor(netlify, base + path).headers);
		}
	}
});
