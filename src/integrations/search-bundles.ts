import { createHash } from 'node:crypto';

/**
 * The search bundles kept between builds: each one's digest, and which to reuse, index or drop.
 * Which pages go into which bundle is src/lib/search-bundles.ts.
 */

/** The digest of one page's bytes, as {@link bundleDigest} takes it. */
export function pageDigest(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The digest of a search bundle's input: the indexer's identity (Pagefind version and options) and
 * every page's path and {@link pageDigest}. Equal digests give identical bundles, so the previous one is reused.
 */
export function bundleDigest(indexer: string, pages: readonly { path: string; digest: string }[]): string {
	const hash = createHash('sha256').update(indexer).update('\0');
	for (const { path, digest } of pages) hash.update(path).update('\0').update(digest).update('\0');
	return hash.digest('hex');
}

/** What {@link knownPageDigests} remembers of a page: the file it read (inode, size, modification) and its digest. */
export interface PageRecord {
	readonly file: string;
	readonly digest: string;
}

/** A file's identity for {@link PageRecord}: a page written again is a new file or has a new modification time. */
export function fileIdentity(info: { ino: bigint; size: bigint; mtimeNs: bigint }): string {
	return `${info.ino}:${info.size}:${info.mtimeNs}`;
}

/** Which search bundles to copy from the cache, which to index anew, and which cached ones are gone. */
export interface BundlePlan {
	readonly reuse: readonly string[];
	readonly rebuild: readonly string[];
	readonly drop: readonly string[];
}

/** Compares this build's bundle digests with those of the bundles kept in the cache. */
export function planBundles(
	cached: Readonly<Record<string, string>>,
	current: ReadonlyMap<string, string>,
): BundlePlan {
	const reuse: string[] = [];
	const rebuild: string[] = [];
	for (const [name, digest] of current) (cached[name] === digest ? reuse : rebuild).push(name);
	const drop = Object.keys(cached)
		.filter((name) => !current.has(name))
		.sort();
	return { reuse, rebuild, drop };
}
