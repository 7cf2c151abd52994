import { defineCollection } from 'astro:content';
import { createArticleSchema } from './lib/article-schema.ts';
import { articlesLoader } from './loaders/articles-loader.ts';
import { settings } from './data/site.ts';

/** Every Markdown article under the content folder (`content/`, or `CONTENT_DIR`). */
const articles = defineCollection({
	loader: articlesLoader({
		contentDir: settings.contentDir,
		timeZone: settings.timeZone,
		renderKey: settings.basePath,
		imageHosts: settings.imageHosts,
	}),
	// The loader validates with this same schema and reports every file's problems at once;
	// giving it here types the collection.
	schema: createArticleSchema(settings.timeZone),
});

export const collections = { articles };
