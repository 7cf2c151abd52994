import type { ViewContext } from '../lib/views/view-context.ts';
import { onceForContent } from './content-version.ts';
import { siteIndexes } from './indexes.ts';
import { sitePublisher } from './site-pages.ts';
import { dates, settings, urls } from './site.ts';

/** What every view function of this build is given: URLs, zone, page size, tag labels and the site. */
export const viewContext: () => Promise<ViewContext> = onceForContent(() =>
	Promise.all([siteIndexes(), sitePublisher()]).then(([{ tagLabel }, publisher]) => ({
		urls,
		dates,
		pageSize: settings.pageSize,
		label: tagLabel,
		site: { title: settings.title, description: settings.description, lang: settings.lang },
		publisher,
	})),
);
