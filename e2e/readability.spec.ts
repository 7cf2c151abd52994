/**
 * Reader modes and read-it-later services use Mozilla Readability (Firefox's reader view). On the
 * served seed article it must find the article, take the headline as its title and keep all six
 * paragraphs whole.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { splitArticle } from '../src/lib/content/frontmatter.ts';
import { SEED_PATH } from './support/page-types.ts';
import { ROOT, siteOrigin } from './sites.ts';

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

const seed = splitArticle(await readFile(join(ROOT, 'content', 'trump-putin-ukraine-peace-talks.md')));
if (!('body' in seed)) throw new Error('the seed article does not parse');
const headline = String(seed.frontmatter.title);
const paragraphs = seed.body
	.trim()
	.split(/\n{2,}/u)
	.map(collapse);

test('Readability finds the seed article, its headline and all six paragraphs whole', async ({ request }) => {
	expect(paragraphs).toHaveLength(6);
	const response = await request.get(siteOrigin('root') + SEED_PATH);
	expect(response.status()).toBe(200);
	const { document } = parseHTML(await response.text());
	expect(isProbablyReaderable(document)).toBe(true);

	const article = new Readability(document).parse();
	expect(article, 'Readability found no article').not.toBeNull();
	expect(article?.title).toBe(headline);

	const found = [
		...parseHTML(`<!doctype html><html><body>${article?.content ?? ''}</body></html>`).document.querySelectorAll('p'),
	].map((p) => collapse(p.textContent ?? ''));
	for (const paragraph of paragraphs) expect(found, `paragraph "${paragraph.slice(0, 60)}…"`).toContain(paragraph);
	// The site's navigation and footer are not part of the article.
	expect(article?.textContent).not.toContain('Skip to content');
});
