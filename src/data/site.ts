import { dateFormat } from '../lib/date-format.ts';
import { resolveSettings } from '../lib/settings.ts';
import { cacheKey } from '../lib/cache-key.ts';
import { createUrls } from '../lib/urls.ts';

/** The site's settings for this build: defaults from src/lib/settings.ts, overridden by the environment. */
export const settings = resolveSettings(process.env, new Date());

/** Every URL of the site, with the base path applied. */
export const urls = createUrls(settings);

/** The settings that reach the HTML: all but the content and pages folders and the build time (which only choose what is read). */
const { buildTime: _buildTime, contentDir: _contentDir, pagesDir: _pagesDir, ...shownSettings } = settings;

/**
 * The `cacheKey` of a page for Astro's incremental build: a digest of `data` (exactly what the page
 * shows: its props) and of the settings that reach every page. See src/lib/cache-key.ts.
 */
export function pageCacheKey(...data: readonly unknown[]): string {
	return cacheKey(shownSettings, ...data);
}

/** How dates and counts are written: the site's language, zone and date style. */
export const dates = dateFormat(settings);
