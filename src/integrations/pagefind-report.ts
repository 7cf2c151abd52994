/** What indexing the built site with Pagefind cost: printed by every build, read by the benchmark. */
export interface PagefindReport {
	/** Pages in the index (article pages: only they carry `data-pagefind-body`). */
	readonly pages: number;
	/** Wall time of indexing the site and writing the bundle, in milliseconds. */
	readonly milliseconds: number;
	/** Bytes of the index proper (index chunks, fragments, filters, metadata): grows with the content. */
	readonly indexBytes: number;
	/** Bytes of the whole `pagefind/` folder, including the fixed-size scripts, styles and WebAssembly. */
	readonly bundleBytes: number;
	/** Year bundles indexed in this build, and copied unchanged from the previous one. */
	readonly bundles?: { readonly indexed: number; readonly reused: number };
}

/** True for a file of a bundle (path relative to `pagefind/` or to a bundle in it) that belongs to the index proper. */
export function isIndexFile(relativePath: string): boolean {
	const path = relativePath.replaceAll('\\', '/');
	return /^(?:[\w-]+\/)?(?:index|fragment|filter)\//u.test(path) || path.endsWith('.pf_meta');
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** The one-line report a build prints, e.g. `indexed 37 pages in 412 ms: index 98.2 KiB (100563 bytes), bundle …`. */
export function formatPagefindReport(report: PagefindReport): string {
	const { pages, milliseconds, indexBytes, bundleBytes, bundles } = report;
	return (
		`indexed ${pages} ${pages === 1 ? 'page' : 'pages'} in ${Math.round(milliseconds)} ms: ` +
		`index ${kib(indexBytes)} (${indexBytes} bytes), bundle ${kib(bundleBytes)} (${bundleBytes} bytes)` +
		(bundles ? `; search bundles: ${bundles.indexed} indexed, ${bundles.reused} reused` : '')
	);
}

const REPORT = /indexed (\d+) pages? in (\d+) ms: index [\d.]+ KiB \((\d+) bytes\), bundle [\d.]+ KiB \((\d+) bytes\)/u;

/** The report found in a build's output (see {@link formatPagefindReport}); undefined when there is none. */
export function parsePagefindReport(output: string): PagefindReport | undefined {
	const match = REPORT.exec(output);
	if (!match) return undefined;
	const [pages, milliseconds, indexBytes, bundleBytes] = match.slice(1).map(Number);
	if (pages === undefined || milliseconds === undefined || indexBytes === undefined || bundleBytes === undefined)
		return undefined;
	return { pages, milliseconds, indexBytes, bundleBytes };
}
