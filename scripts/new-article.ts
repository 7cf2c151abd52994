/**
 * `npm run new -- "Headline"`: writes a new article, dated today in the site's time zone, to the
 * content folder (`CONTENT_DIR`, default `content/`) and prints its path. It starts as a valid
 * draft; it never overwrites a file and refuses a headline whose URL another article already has.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkArticleFiles } from '../src/lib/content/article-files.ts';
import { newArticle } from '../src/lib/content/new-article.ts';
import { resolveSettings } from '../src/lib/settings.ts';
import { readArticleFiles, resolveContentDir } from '../src/loaders/content-files.ts';

const root = process.cwd();
const headline = process.argv.slice(2).join(' ').trim();
if (headline === '') {
	console.error('Usage: npm run new -- "Headline of the article"');
	process.exit(1);
}
// BUILD_TIME, when set, stands in for "now" (as in a build), so tests can fix the day.
const settings = resolveSettings(process.env, new Date());
const contentDir = resolveContentDir(root, settings.contentDir);
const { fileName, text } = newArticle(headline, settings.buildTime, settings.timeZone);
const absolute = join(contentDir, fileName);
// Relative to where the command ran, unless the folder lies elsewhere.
const shown = relative(root, absolute);
const filePath = shown.startsWith('..') ? absolute : shown;
await mkdir(contentDir, { recursive: true });
const existing = await readArticleFiles(root, contentDir);
const mine = {
	path: fileName,
	filePath: relative(root, absolute).split('\\').join('/'),
	bytes: new TextEncoder().encode(text),
};
const problems = checkArticleFiles(
	[...existing.filter((file) => file.path !== fileName), mine],
	settings.timeZone,
).problems.filter((problem) => problem.file === mine.filePath);
if (problems.length > 0) {
	console.error(`Not written: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
	process.exit(1);
}
try {
	await writeFile(absolute, text, { flag: 'wx' });
} catch {
	console.error(`Not written: ${filePath} already exists; choose another headline or edit that file.`);
	process.exit(1);
}
console.log(filePath);
console.log(
	[
		'',
		'Next:',
		`  1. Write the article in ${filePath}: the headline, the standfirst ("description"), tags and the body.`,
		'  2. Preview it with `npm run dev` (drafts are shown there, labelled); the page follows each save.',
		'  3. Remove `draft: true` to publish it with the next build; `npm run check:content` lists any problem.',
	].join('\n'),
);
