/**
 * Astro's content cache (`data-store.json` in the cache folder) is a devalue-flattened Map of
 * collections. A file of another shape (another tool's, an older format, a hand edit) made every
 * build fail deep inside Astro (`this._collections.get is not a function`) with no hint.
 */

/** The data store file's name inside the cache folder (Astro's single-file collection storage). */
export const DATA_STORE_FILE = 'data-store.json';

/** True when `head`, the start of a data store file, is what Astro writes: a flattened Map, `[["Map",…`. */
export function isDataStoreShape(head: string): boolean {
	return /^\s*\[\s*\[\s*"Map"\s*[,\]]/u.test(head);
}
