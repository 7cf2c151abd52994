/**
 * The Content-Security-Policy of the base-path build: every page type opens in Chromium with no
 * policy violation and no console error, and every inline script and style of every built page
 * carries its hash in that page's policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { glob } from 'tinyglobby';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { SITES, siteOrigin } from './sites.ts';

/** One kind of page, and a page of that kind in the e2e corpus (relative to the base path). */
interface PageType {
	readonly name: string;
	readonly path: string;
	/** The HTTP status the page is served with. */
	readonly status?: number;
	/** What a reader does there that loads more (searching), run before the checks. */
	readonly use?: (page: Page) => Promise<void>;
}

const SEED_HEADLINE = /Trump says he expects to meet Putin in Saudi Arabia/u;

/**
 * Every page type of the site. Add a line when a new kind of page is built; the test for each
 * fails if its page is missing, so a renamed route cannot slip out of the check unnoticed.
 */
export const PAGE_TYPES: readonly PageType[] = [
	{ name: 'home', path: '' },
	{ name: 'article', path: '2025/02/12/trump-putin-ukraine-peace-talks/' },
	{ name: 'tag index', path: 'tags/' },
	{ name: 'tag page', path: 'tags/ukraine/' },
	{ name: 'tag archive page', path: 'tags/harbour/1/' },
	{ name: 'year', path: '2025/' },
	{ name: 'month', path: '2025/02/' },
	{ name: 'day', path: '2025/02/12/' },
	{ name: 'archive', path: 'archive/' },
	{ name: 'corrections', path: 'corrections/' },
	{
		name: 'search, with a query (Pagefind runs its WebAssembly and fetches its index)',
		path: 'search/',
		use: async (page) => {
			await page.getByRole('searchbox').fill('Putin Saudi Arabia');
			await page.getByRole('searchbox').press('Enter');
			await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
		},
	},
	{ name: '404 (a missing page deep under the base path)', path: 'no/such/page/here/', status: 404 },
];

const base = siteOrigin('news');

/** Policy violations and console errors on `page`, recorded from before its first script runs. */
async function watch(page: Page): Promise<{ violations: string[]; errors: string[] }> {
	const violations: string[] = [];
	const errors: string[] = [];
	await page.exposeFunction('reportPolicyViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener(
			'securitypolicyviolation',
			(event) => {
				const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
				report(`${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} ${event.sample}`.trim());
			},
			true,
		);
	});
	page.on('console', (message) => {
		// A 404 page's own status is logged as an error; the page type says which status to expect.
		const ownStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
		if (message.type() === 'error' && !ownStatus) errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('response', (response) => {
		// The document of the 404 page type answers 404 on purpose; nothing it loads may.
		if (response.status() >= 400 && response.request().resourceType() !== 'document') {
			errors.push(`${response.status()} for ${response.url()}`);
		}
	});
	return { violations, errors };
}

test.describe('Content-Security-Policy on the base-path build', () => {
	for (const type of PAGE_TYPES) {
		test(`${type.name}: no policy violation, no console error`, async ({ page }) => {
			const { violations, errors } = await watch(page);
			const response = await page.goto(base + type.path);
			expect(response?.status(), `status of ${type.path || '/'}`).toBe(type.status ?? 200);
			await type.use?.(page);
			await page.waitForLoadState('networkidle');
			// The check means something only if the page has a hash-based policy to violate.
			const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(policy).toMatch(/script-src 'self'/u);
			// The policy lists the hash of each inline script the page has, and no other (issue 14).
			const inline = await page.evaluate(() =>
				[...document.querySelectorAll('script:not([src])')]
					.filter((script) => !script.getAttribute('type') || script.getAttribute('type') === 'module')
					.map((script) => script.textContent),
			);
			const pageHashes = inline.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`).sort();
			const scriptSrc = /script-src ([^;]*)/u.exec(policy ?? '')?.[1] ?? '';
			const listed = scriptSrc
				.split(/\s+/u)
				.filter((token) => token.startsWith("'sha256-"))
				.sort();
			expect(listed).toEqual([...new Set(pageHashes)]);
			expect(violations).toEqual([]);
			expect(errors).toEqual([]);
		});
	}

	test('the policy is enforced: an inline script without a hash is refused and reported', async ({ page }) => {
		const { violations, errors } = await watch(page);
		await page.goto(base);
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'document.body.dataset.injected = "ran"';
			document.head.append(script);
		});
		await expect.poll(() => violations.length).toBeGreaterThan(0);
		expect(violations[0]).toMatch(/^script-src/u);
		expect(await page.locator('body').getAttribute('data-injected')).toBeNull();
		expect(errors.join('\n')).toMatch(/Content Security Policy/u);
	});

	test('the 404 page, served at any depth under the base path, is styled and its links work', async ({
		page,
		request,
	}) => {
		for (const path of ['missing/', 'a/b/c/d/missing/', 'missing.html']) {
			const response = await page.goto(base + path);
			expect(response?.status()).toBe(404);
			// The stylesheet loaded (system fonts replace the browser's default serif) from under the base path.
			expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/u);
			const assets = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"], link[rel~="icon"]')].map(
					(link) => link.href,
				),
			);
			const links = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
			);
			expect(assets.length).toBeGreaterThan(0);
			for (const url of [...assets, ...links.filter((href) => !href.includes('#'))]) {
				expect(url.startsWith(base), `${url} is under ${base}`).toBe(true);
				expect((await request.get(url)).status(), `${url} on the 404 page at ${path}`).toBe(200);
			}
		}
	});
});

test('every inline script and style of every page of the base-path build has its hash in the page policy', async () => {
	const files = await glob('**/*.html', { cwd: SITES.news.outDir });
	expect(files.length).toBeGreaterThan(0);
	const problems: string[] = [];
	for (const file of files) {
		const document = parse(readFileSync(join(SITES.news.outDir, file), 'utf8'));
		const elements = descendants(document);
		const policy = elements.find(
			(e) => e.tagName === 'meta' && attribute(e, 'http-equiv')?.toLowerCase() === 'content-security-policy',
		);
		const content = policy ? (attribute(policy, 'content') ?? '') : '';
		if (!content) problems.push(`${file}: no Content-Security-Policy <meta>`);
		for (const element of elements) {
			const inline =
				element.tagName === 'script' ? !attribute(element, 'src') && !isData(element) : element.tagName === 'style';
			if (!inline) continue;
			const text = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
			const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
			// An element's source list is `*-src-elem` when the policy has one, else `*-src`.
			const kind = element.tagName === 'script' ? 'script' : 'style';
			const allowed = directive(content, `${kind}-src-elem`) ?? directive(content, `${kind}-src`) ?? [];
			if (!allowed.includes(hash)) problems.push(`${file}: inline <${element.tagName}> without its hash ${hash}`);
		}
		for (const element of elements) {
			for (const { name } of element.attrs) {
				if (name === 'style' || name.startsWith('on'))
					problems.push(`${file}: <${element.tagName} ${name}="…"> needs 'unsafe-inline'`);
			}
		}
	}
	expect(problems).toEqual([]);
});

/** The sources of directive `name` in a policy string, or undefined if the policy lacks it. */
function directive(policy: string, name: string): string[] | undefined {
	for (const part of policy.split(';')) {
		const [directiveName, ...sources] = part.trim().split(/\s+/u);
		if (directiveName === name) return sources;
	}
	return undefined;
}

/** JSON-LD and other data blocks are not run, so the policy does not govern them. */
function isData(script: T.Element): boolean {
	const type = attribute(script, 'type')?.toLowerCase();
	return type !== undefined && type !== '' && type !== 'module' && !type.includes('javascript');
}

function attribute(element: T.Element, name: string): string | undefined {
	return element.attrs.find((a) => a.name === name)?.value;
}

function descendants(node: T.ParentNode): T.Element[] {
	const found: T.Element[] = [];
	for (const child of node.childNodes) {
		if (!('tagName' in child)) continue;
		found.push(child);
		found.push(...descendants(child.tagName === 'template' ? (child as T.Template).content : child));
	}
	return found;
}
