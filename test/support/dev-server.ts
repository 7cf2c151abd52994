import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';

/** A running `astro dev` on the project, and what it has printed so far. */
export interface DevServer {
	readonly origin: string;
	/** Everything the server printed (stdout and stderr). */
	output(): string;
	/** Stops the server and puts back the project's dev content store. */
	stop(): Promise<void>;
}

// `astro dev` keeps its content store in the project's .astro folder, one per project: two dev
// servers at once would share it, so each test takes this lock first and puts the store back after.
const DEV_STORE = join(ROOT, '.astro', 'data-store.json');
const LOCK = join(ROOT, '.cache', 'dev-server.lock');
const VITEST_VARIABLES = new Set(['TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/**
 * Starts `astro dev` on a free port with `env` added (CONTENT_DIR, BUILD_TIME…) and waits until the
 * home page answers, which also means the articles are loaded.
 */
export async function startDevServer(env: Readonly<Record<string, string>>): Promise<DevServer> {
	await lock();
	const savedStore = await readFile(DEV_STORE).catch(() => undefined);
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	let output = '';
	const dev = spawn(
		process.execPath,
		[join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{
			cwd: ROOT,
			env: {
				// Without the variables Vitest sets for itself (VITEST, and Vite's MODE=test, DEV, PROD…):
				// under them `astro dev` serves 404s and runs in "test" mode instead of development.
				...Object.fromEntries(
					Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && !VITEST_VARIABLES.has(name)),
				),
				NODE_ENV: 'development',
				ASTRO_TELEMETRY_DISABLED: '1',
				ASTRO_CACHE_DIR: await mkdtemp(join(tmpdir(), 'news-dev-cache-')),
				...env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	dev.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	dev.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const stop = async () => {
		if (dev.exitCode === null && dev.signalCode === null) {
			const closed = new Promise((resolve) => dev.once('close', resolve));
			dev.kill('SIGTERM');
			await closed;
		}
		if (savedStore) await writeFile(DEV_STORE, savedStore);
		else await rm(DEV_STORE, { force: true });
		await rm(LOCK, { recursive: true, force: true });
	};
	try {
		await waitFor(async () => (await fetch(`${origin}/`).catch(() => undefined))?.ok === true, {
			timeout: 240_000,
			what: () => `astro dev did not start:\n${output}`,
			stopIf: () => dev.exitCode !== null,
		});
	} catch (error) {
		await stop();
		throw error;
	}
	return { origin, output: () => output, stop };
}

/** Polls `check` every 250 ms until it returns true; throws `what()` after `timeout` ms or once `stopIf()`. */
export async function waitFor(
	check: () => Promise<boolean> | boolean,
	{ timeout = 30_000, what, stopIf }: { timeout?: number; what: () => string; stopIf?: () => boolean },
): Promise<void> {
	const deadline = Date.now() + timeout;
	for (;;) {
		if (await check()) return;
		if (Date.now() > deadline || stopIf?.()) throw new Error(what());
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** Takes the one-dev-server lock, waiting for another test's server to stop (or its process to be gone). */
async function lock(): Promise<void> {
	await mkdir(join(ROOT, '.cache'), { recursive: true });
	const deadline = Date.now() + 600_000;
	for (;;) {
		try {
			await mkdir(LOCK);
			await writeFile(join(LOCK, 'pid'), String(process.pid));
			return;
		} catch (error) {
			if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
			const holder = Number(await readFile(join(LOCK, 'pid'), 'utf8').catch(() => ''));
			if (holder > 0 && !isAlive(holder)) await rm(LOCK, { recursive: true, force: true });
			else if (Date.now() > deadline) throw new Error(`another dev server test still holds ${LOCK}`, { cause: error });
			else await new Promise((resolve) => setTimeout(resolve, 500));
		}
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => {
				resolve(port);
			});
		});
	});
}
