import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * Takes the lock file `path` for this process, or throws "another build is running" when a live
 * process holds it. A lock left by a killed build (its process gone) is taken over.
 * Returns the function that releases it.
 */
export function takeBuildLock(path: string, what: string): () => void {
	for (let attempt = 0; attempt < 2; attempt += 1) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return () => {
				if (holder(path) === process.pid) rmSync(path, { force: true });
			};
		} catch (error) {
			if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
			const pid = holder(path);
			if (pid !== undefined && isAlive(pid)) {
				throw new Error(
					`Another build is running (process ${pid}) into ${what}; wait for it to finish. ` +
						`If no build is running, delete ${path}.`,
					{ cause: error },
				);
			}
			rmSync(path, { force: true });
		}
	}
	throw new Error(`Cannot take the build lock ${path}; delete it if no build is running.`);
}

function holder(path: string): number | undefined {
	try {
		const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
		return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
	} catch {
		return undefined;
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: alive, but another user's.
		return error instanceof Error && 'code' in error && error.code === 'EPERM';
	}
}
