import { resolveSettings } from '../lib/settings.ts';
import { createUrls } from '../lib/urls.ts';

/** The site's settings for this build: defaults from src/lib/settings.ts, overridden by the environment. */
export const settings = resolveSettings(process.env, new Date());

/** Every URL of the site, with the base path applied. */
export const urls = createUrls(settings);
