import { realpathSync } from 'node:fs';
import { sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';

/** How long the folder must be quiet before a sync: an editor's save is often several events. */
export const SETTLE_MS = 150;

/** The parts of Astro's loader context the watcher uses. */
export interface WatchContext {
	readonly watcher: NonNullable<LoaderContext['watcher']>;
	readonly logger: Pick<LoaderContext['logger'], 'error'>;
}

/**
 * Under `astro dev`: runs `sync` whenever a file under `contentDir` is added, changed or removed
 * (once the folder has been quiet for {@link SETTLE_MS}), never two at once, and once more if the
 * folder changed while one ran. A sync that throws is logged; the server and the watching go on.
 */
export function watchContentFolder(
	{ watcher, logger }: WatchContext,
	contentDir: string,
	sync: () => Promise<void>,
	settleMs = SETTLE_MS,
): void {
	const folders = new Set([contentDir, realPath(contentDir)]);
	const isInside = (path: string) => [...folders].some((folder) => path === folder || path.startsWith(folder + sep));
	let timer: ReturnType<typeof setTimeout> | undefined;
	// One sync at a time: a change during a sync queues one more; changes before that one starts join it.
	let queue = Promise.resolve();
	let queued = false;
	const run = () => {
		if (queued) return;
		queued = true;
		queue = queue.then(async () => {
			queued = false;
			try {
				await sync();
			} catch (error) {
				logger.error(
					`The content folder could not be reloaded: ${error instanceof Error ? error.message : String(error)}`,
				);
			}
		});
	};
	const changed = (path: string) => {
		if (!isInside(path)) return;
		clearTimeout(timer);
		timer = setTimeout(run, settleMs);
	};

	watcher.add(contentDir);
	watcher.on('add', changed);
	watcher.on('change', changed);
	watcher.on('unlink', changed);
	watcher.on('unlinkDir', changed);
}

function realPath(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		return path;
	}
}
