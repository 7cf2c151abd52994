// @ts-check
import { setFlagsFromString } from 'node:v8';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildOutputIntegration } from './src/integrations/build-output.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { unfinishedBuildGuard } from './src/integrations/unfinished-build.ts';
import { markdownOptions } from './src/markdown/index.ts';
import { settings } from './src/data/site.ts';
import { sitemapOptions } from './src/integrations/sitemap-options.ts';

// A build holds about 750 MB of live objects at 10,000 articles, but V8 let its heap grow to three
// times that in garbage before collecting it: the cold build peaked at 4.1 GB. Growing the heap by at
// most a fifth between full collections keeps the peak near what is live (2.0 GB; by half: 2.3 GB),
// for about a tenth more CPU time. V8 reads this at every collection, so it can be set here
// (NODE_OPTIONS does not accept it).
setFlagsFromString('--heap-growing-percent=20');

export default defineConfig({
	site: settings.siteUrl,
	base: settings.basePath,
	trailingSlash: 'always',
	// Outside node_modules so `npm ci` keeps the cache between builds; tests give each build its own.
	// It holds what the next build reuses: the content store (rendered articles), the incremental
	// build's manifest and a copy of every page it made (`dist/`), and the search index's bundles.
	cacheDir: process.env['ASTRO_CACHE_DIR'] ?? './.cache/astro',
	// One page at a time: the incremental build skips pages only when rendering is not concurrent.
	build: { format: 'directory', concurrency: 1 },
	experimental: {
		// A page whose `cacheKey` (src/data/site.ts `pageCacheKey`: a digest of exactly what it shows)
		// and code are unchanged is copied from the previous build instead of rendered again.
		incrementalBuild: true,
		// The content store written in pieces of at most 20 MiB, entry by entry, instead of as one
		// string of the whole store: at 10,000 articles that one string (hundreds of MB) set the peak.
		collectionStorage: 'chunked',
	},
	// Pictures (sharp): remote ones only from the hosts in the settings (IMAGE_HOSTS); AVIF at effort 2
	// of 9 encodes about three times faster than the default 4, for files a few per cent larger.
	image: {
		domains: [...settings.imageHosts],
		service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
	},
	// A hash-based Content-Security-Policy <meta> on every page: Astro hashes each script and style it
	// emits (inlined stylesheets too). Header-only protections (frame-ancestors…) are in public/_headers.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				// Article images may live on another https host; `data:` stays refused, as in the sanitiser.
				"img-src 'self' https:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its WebAssembly in a worker, out of this policy's reach; when a browser cannot
			// start the worker it compiles on the page, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	// Every build indexes its own output for search, so dist/ is complete on its own.
	// The sitemap lists every HTML page, with each article's last update or correction as lastmod.
	// Then the build is moved into place beside dist/ only if complete (src/integrations/build-output.ts);
	// last, a build counts as finished only once the others are done (src/integrations/unfinished-build.ts).
	integrations: [pagefindIntegration(), sitemap(sitemapOptions()), buildOutputIntegration(), unfinishedBuildGuard()],
	// `astro dev` watches the project for changes; built sites and caches (tens of thousands of files
	// after a build or a benchmark) would use up the system's file watchers. The content folder must
	// not be inside them.
	vite: { server: { watch: { ignored: ['**/.cache/**', '**/dist/**', '**/.dist.*/**'] } } },
	markdown: {
		// Code blocks stay plain <pre><code>: Shiki's inline styles cost build time and bytes.
		syntaxHighlight: false,
		// MARKDOWN_ENGINE=satteri builds with Astro's default engine and none of our plugins: the
		// benchmark's reference for what remark/rehype cost (`npm run bench`). Never for publishing.
		processor:
			process.env['MARKDOWN_ENGINE'] === 'satteri'
				? satteri()
				: unified(markdownOptions({ basePath: settings.basePath })),
	},
});
