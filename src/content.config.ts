import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { createArticleEntrySchema } from './lib/article-schema.ts';
import { profileSchema, sitePageSchema } from './lib/content/site-files.ts';
import { articlesLoader } from './loaders/articles-loader.ts';
import { profilesLoader, sitePagesLoader } from './loaders/site-files.ts';
import { settings } from './data/site.ts';

/** Every Markdown article under the content folder (`content/`, or `CONTENT_DIR`). */
const articles = defineCollection({
	loader: articlesLoader({
		contentDir: settings.contentDir,
		timeZone: settings.timeZone,
		renderKey: settings.basePath,
		imageHosts: settings.imageHosts,
	}),
	// The loader validates the front-matter with the article schema (every file's problems at once)
	// and stores it with the slug, day and reading figures it worked out; this schema types that.
	// A local lead image arrives as the picture's metadata (the loader marks it as Astro's `image()`
	// helper does), a remote one as its URL.
	schema: ({ image }) => {
		const schema = createArticleEntrySchema(settings.timeZone);
		return schema.extend({
			image: schema.shape.image
				.unwrap()
				.extend({ src: z.union([image(), z.string()]) })
				.optional(),
		});
	},
});

/** Author profiles (role, bio, other profiles), in `authors/` of the content folder; a byline needs none. */
const profiles = defineCollection({
	loader: profilesLoader({ contentDir: settings.contentDir }),
	schema: profileSchema.extend({ slug: z.string() }),
});

/** The site's own pages (about, standards), Markdown in the pages folder (`PAGES_DIR`). */
const pages = defineCollection({
	loader: sitePagesLoader({ pagesDir: settings.pagesDir, contentDir: settings.contentDir }),
	schema: sitePageSchema.extend({ slug: z.string() }),
});

export const collections = { articles, profiles, pages };
