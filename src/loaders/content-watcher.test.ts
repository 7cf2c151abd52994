import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { watchContentFolder, type WatchContext } from './content-watcher.ts';

const CONTENT = join('/site', 'content');

/** A watcher that emits what the test says, and a logger that records errors. */
function fakeWatch() {
	const emitter = new EventEmitter();
	const added: string[] = [];
	const errors: string[] = [];
	const watcher = Object.assign(emitter, { add: (path: string) => added.push(path) });
	const context = { watcher, logger: { error: (message: string) => errors.push(message) } } as unknown as WatchContext;
	return { emitter, added, errors, context };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('watchContentFolder', () => {
	test('watches the content folder and syncs once after a burst of events inside it', async () => {
		const { emitter, added, context } = fakeWatch();
		const sync = vi.fn(() => Promise.resolve());
		watchContentFolder(context, CONTENT, sync, 10);
		expect(added).toEqual([CONTENT]);
		emitter.emit('unlink', join(CONTENT, 'a.md'));
		emitter.emit('add', join(CONTENT, 'a.md'));
		emitter.emit('change', join(CONTENT, 'world', 'b.md'));
		await settle();
		expect(sync).toHaveBeenCalledTimes(1);
	});

	test('ignores files outside the content folder, including a sibling whose name starts the same', async () => {
		const { emitter, context } = fakeWatch();
		const sync = vi.fn(() => Promise.resolve());
		watchContentFolder(context, CONTENT, sync, 10);
		emitter.emit('change', join('/site', 'src', 'pages', 'index.astro'));
		emitter.emit('change', join('/site', 'content-old', 'a.md'));
		await settle();
		expect(sync).not.toHaveBeenCalled();
	});

	test('never runs two syncs at once, and runs once more for a change made during a sync', async () => {
		const { emitter, context } = fakeWatch();
		let running = 0;
		let most = 0;
		let finish: () => void = () => undefined;
		const sync = vi.fn(async () => {
			running += 1;
			most = Math.max(most, running);
			await new Promise<void>((resolve) => {
				finish = resolve;
			});
			running -= 1;
		});
		watchContentFolder(context, CONTENT, sync, 5);
		emitter.emit('change', join(CONTENT, 'a.md'));
		await settle();
		expect(sync).toHaveBeenCalledTimes(1);
		// Two bursts while the first sync runs: one more sync covers both.
		emitter.emit('change', join(CONTENT, 'a.md'));
		await settle();
		emitter.emit('change', join(CONTENT, 'b.md'));
		await settle();
		finish();
		await settle();
		expect(sync).toHaveBeenCalledTimes(2);
		finish();
		await settle();
		expect(sync).toHaveBeenCalledTimes(2);
		expect(most).toBe(1);
	});

	test('logs a sync that throws and keeps watching', async () => {
		const { emitter, errors, context } = fakeWatch();
		const sync = vi.fn().mockRejectedValueOnce(new Error('disk on fire')).mockResolvedValue(undefined);
		watchContentFolder(context, CONTENT, sync, 5);
		emitter.emit('change', join(CONTENT, 'a.md'));
		await settle();
		expect(errors).toEqual(['The content folder could not be reloaded: disk on fire']);
		emitter.emit('change', join(CONTENT, 'a.md'));
		await settle();
		expect(sync).toHaveBeenCalledTimes(2);
	});
});
