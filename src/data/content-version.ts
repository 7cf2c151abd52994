/**
 * Under `astro dev` the articles change while the server runs: Astro tells the server's modules
 * with an `astro:content-changed` event after each change to the content store. A build never
 * sends it, so there everything here is computed exactly once.
 */
const resets = new Set<() => void>();

import.meta.hot?.on('astro:content-changed', () => {
	for (const reset of resets) reset();
});

/** Calls `reset` whenever the content changes under `astro dev` (never in a build). */
export function onContentChange(reset: () => void): void {
	resets.add(reset);
}

/** `make`'s result, made on first use and shared; made again after the content changes under `astro dev`. */
export function onceForContent<T>(make: () => Promise<T>): () => Promise<T> {
	let cache: Promise<T> | undefined;
	onContentChange(() => {
		cache = undefined;
	});
	return () => (cache ??= make());
}
