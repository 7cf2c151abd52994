import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { takeBuildLock } from './build-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'news-lock-'));
afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe('takeBuildLock', () => {
	test('refuses a second build while the first holds the lock, and frees it on release', () => {
		const lock = join(dir, 'a.lock');
		const release = takeBuildLock(lock, 'dist');
		expect(() => takeBuildLock(lock, 'dist')).toThrow(
			/^Another build is running \(process \d+\) into dist; wait for it to finish/u,
		);
		release();
		expect(existsSync(lock)).toBe(false);
		takeBuildLock(lock, 'dist')();
	});

	test('takes over the lock of a build that was killed', () => {
		const lock = join(dir, 'b.lock');
		// The pid of a process that has exited.
		const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
		writeFileSync(lock, gone);
		const release = takeBuildLock(lock, 'dist');
		release();
		expect(existsSync(lock)).toBe(false);
	});
});
