import type { DateFormat } from '../date-format.ts';
import type { Publisher } from '../publisher.ts';
import type { SiteSettings } from '../settings.ts';
import type { TagLabeller } from '../tag-labels.ts';
import type { Urls } from '../urls.ts';

/** What every view function needs to know of the site, given once instead of option by option. */
export interface ViewContext {
	/** Every URL of the site, with the base path applied. */
	readonly urls: Urls;
	/** How dates and counts are written: the site's language, zone and date style. */
	readonly dates: DateFormat;
	/** Articles per page on the home and tag listings. */
	readonly pageSize: number;
	/** The site-wide label of each tag, so a tag reads the same everywhere. */
	readonly label: TagLabeller;
	/** The publication's name, description and language. */
	readonly site: Pick<SiteSettings, 'title' | 'description' | 'lang'>;
	/** The publishing organisation with its policy pages; without it, the site under its title. */
	readonly publisher?: Publisher;
}
