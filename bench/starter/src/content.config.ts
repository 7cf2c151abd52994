import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The benchmark corpus (`CONTENT_DIR`), read the way the starter reads `src/content/blog/`. */
const blog = defineCollection({
	loader: glob({ base: process.env['CONTENT_DIR'] ?? './src/content/blog', pattern: '**/*.md' }),
	schema: z.object({
		title: z.string(),
		description: z.string(),
		date: z.coerce.date(),
		updated: z.coerce.date().optional(),
	}),
});

export const collections = { blog };
