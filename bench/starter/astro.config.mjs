// @ts-check
// A bare blog shaped like Astro's blog starter (`npm create astro -- --template blog`): the
// benchmark's reference for what an ordinary Astro site costs on the same corpus. Default Markdown
// engine, glob loader, a page per article, one list page, RSS and a sitemap; no MDX and no images,
// which the corpus does not use.
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://example.com',
	integrations: [sitemap()],
});
