import type { ViewContext } from '../lib/views/view-context.ts';
import { onceForContent } from './content-version.ts';
import { siteIndexes } from './indexes.ts';
import { dates, settings, urls } from './site.ts';

/** What every view function of this build is given: URLs, zone, page size, tag labels and the site. */
export const viewContext: () => Promise<ViewContext> = onceForContent(() =>
	siteIndexes().then(({ tagLabel }) => ({
		urls,
		dates,
		pageSize: settings.pageSize,
		label: tagLabel,
		site: { title: settings.title, description: settings.description, lang: settings.lang },
	})),
);
