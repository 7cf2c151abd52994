import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The result of one real `astro build`. */
export interface BuildResult {
	/** Exit code of the build (0 on success). */
	readonly code: number;
	/** Everything the build printed, stdout and stderr interleaved. */
	readonly output: string;
	/** The folder the site was written to. */
	readonly outDir: string;
	/** The folder holding this build's cache. */
	readonly cacheDir: string;
}

/** Options for {@link buildSite}. */
export interface BuildOptions {
	/** Content folder (`CONTENT_DIR`); default the real `content/`. */
	readonly contentDir?: string;
	/** Extra environment, e.g. `BASE_PATH`, `SITE_URL`, `BUILD_TIME`, `TZ`. */
	readonly env?: Readonly<Record<string, string>>;
	/** Write here instead of a fresh temporary folder. */
	readonly outDir?: string;
	/** Cache folder; a fresh one by default so builds never share state unless asked to. */
	readonly cacheDir?: string;
	/** Build another copy of the project (its folder); default this one. */
	readonly root?: string;
	/** Extra CLI arguments for `astro build`. */
	readonly args?: readonly string[];
	/** Run the build with at most this many open files (`ulimit -n`, through bash). */
	readonly maxOpenFiles?: number;
	/** Called with everything printed so far, each time the build prints: lets a test act mid-build. */
	readonly onOutput?: (output: string, child: ChildProcess) => void;
}

/** Runs a real `astro build` of this project with its own output and cache folders. */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
	// Inside the project: for an outDir outside the working directory Astro puts its prerender chunks
	// in the shared ./.astro/, and two builds at once then delete each other's files.
	const root = options.root ?? ROOT;
	const builds = join(root, '.cache', 'builds');
	await mkdir(builds, { recursive: true });
	const work = await mkdtemp(join(builds, 'build-'));
	const outDir = options.outDir ?? join(work, 'dist');
	if (!outDir.startsWith(root)) throw new Error(`buildSite: outDir must be inside ${root} (got ${outDir})`);
	const cacheDir = options.cacheDir ?? join(work, 'cache');
	const env: Record<string, string> = {
		...(process.env as Record<string, string>),
		ASTRO_TELEMETRY_DISABLED: '1',
		// Vitest sets NODE_ENV=test; inherited, it keeps Astro from defaulting to production, so
		// import.meta.env.DEV would be true in the build and drafts would be published.
		NODE_ENV: 'production',
		ASTRO_CACHE_DIR: cacheDir,
		...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
		...options.env,
	};
	const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
	return new Promise((resolvePromise, reject) => {
		const command = [process.execPath, astro, 'build', '--root', root, '--outDir', outDir, ...(options.args ?? [])];
		const [program, ...args] =
			options.maxOpenFiles === undefined
				? command
				: ['bash', '-c', `ulimit -n ${options.maxOpenFiles} && exec "$0" "$@"`, ...command];
		const child = spawn(program ?? process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const collect = (chunk: Buffer) => {
			output += chunk.toString();
			options.onOutput?.(output, child);
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		child.on('error', reject);
		child.on('close', (code) => {
			resolvePromise({ code: code ?? 1, output, outDir, cacheDir });
		});
	});
}
