/**
 * `npm run check:content`: checks every article in the content folder (`CONTENT_DIR`, default
 * `content/`), its author profiles (`authors/`) and the site pages (`PAGES_DIR`, default
 * `src/site-pages/`) with exactly the checks the build runs, including that every policy page the
 * publisher settings name exists; lists every problem of every file at once and exits 1 if there
 * is any; otherwise says how many articles are published, drafts or scheduled.
 */
import { checkArticleFiles } from '../src/lib/content/article-files.ts';
import { formatContentProblems, formatIgnored } from '../src/lib/content/content-problems.ts';
import { publicationStatus } from '../src/lib/publishing.ts';
import { resolveSettings } from '../src/lib/settings.ts';
import { resolveContentDir, scanContentFolder } from '../src/loaders/content-files.ts';
import { checkArticleImages } from '../src/loaders/image-files.ts';
import { readProfiles, readSitePages } from '../src/loaders/site-files.ts';
import { policyPageProblems } from '../src/lib/publisher.ts';

const root = process.cwd();
const settings = resolveSettings(process.env, new Date());
const contentDir = resolveContentDir(root, settings.contentDir);
const scan = await scanContentFolder(root, contentDir);
const { files } = scan;
const checked = checkArticleFiles(files, settings.timeZone);
const { articles } = checked;
const pictures = await checkArticleImages(articles, contentDir, settings.imageHosts, root);
const profiles = await readProfiles(root, settings.contentDir);
const sitePages = await readSitePages(root, settings.pagesDir);
const policies = policyPageProblems(
	settings.publisher,
	new Set(sitePages.pages.map((page) => page.slug)),
	settings.pagesDir,
).map((message) => ({ file: settings.pagesDir, field: '(publisher)', message }));
const problems = [
	...scan.problems,
	...checked.problems,
	...pictures.problems,
	...profiles.problems,
	...sitePages.problems,
	...policies,
];
const ignored = [...scan.ignored.filter((file) => !pictures.used.has(file)), ...profiles.ignored, ...sitePages.ignored];
if (ignored.length) console.log(formatIgnored(ignored));
if (problems.length > 0) {
	console.error(formatContentProblems(problems));
	process.exit(1);
}
const counts = { published: 0, draft: 0, scheduled: 0 };
for (const article of articles) counts[publicationStatus(article.data, settings.buildTime)] += 1;
const s = (n: number): string => (n === 1 ? '' : 's');
console.log(
	`${files.length} article file${s(files.length)} in ${settings.contentDir}, no problems: ` +
		`${counts.published} published, ${counts.draft} draft${s(counts.draft)}, ${counts.scheduled} scheduled; ` +
		`${profiles.profiles.length} author profile${s(profiles.profiles.length)}, ${sitePages.pages.length} site page${s(sitePages.pages.length)}.`,
);
