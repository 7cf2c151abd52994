import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
	/** The project folder that was built (a private copy unless `root` was given). */
	readonly root: string;
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
	/** Build this copy of the project (see {@link copyProject}); default a fresh copy of this one. */
	readonly root?: string;
	/** Extra CLI arguments for `astro build`. */
	readonly args?: readonly string[];
	/** Run the build with at most this many open files (`ulimit -n`, through bash). */
	readonly maxOpenFiles?: number;
	/** Called with everything printed so far, each time the build prints: lets a test act mid-build. */
	readonly onOutput?: (output: string, child: ChildProcess) => void;
}

/** What a build reads from the project: everything but the tests, caches and output. */
const PROJECT_FILES = ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A private copy of the project (sharing `node_modules`) in a fresh folder under `parent`. Astro keeps
 * files of its own in the project's `.astro/` whatever the output and cache folders (the content
 * layer's picture imports, `content-assets.mjs`, among them): two builds of one project at once
 * overwrite each other's, and a build then bundles another build's pictures. Each build in its own copy
 * shares nothing. Outside the project by default, where no `astro dev` of it watches the copies.
 */
export async function copyProject(parent: string = tmpdir()): Promise<string> {
	await mkdir(parent, { recursive: true });
	const copy = await mkdtemp(join(parent, 'news-build-'));
	for (const entry of PROJECT_FILES) await cp(join(ROOT, entry), join(copy, entry), { recursive: true });
	await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
	return copy;
}

/** Runs a real `astro build` of a private copy of this project with its own output and cache folders. */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
	const root = options.root ?? (await copyProject());
	const builds = join(root, '.cache', 'builds');
	await mkdir(builds, { recursive: true });
	const work = await mkdtemp(join(builds, 'build-'));
	const outDir = options.outDir ?? join(work, 'dist');
	const cacheDir = options.cacheDir ?? join(work, 'cache');
	// Vitest puts Vite's own variables (MODE=test, DEV=1, PROD='', SSR, BASE_URL) into the environment;
	// inherited, Astro's import.meta.env would take them, and the build would run as if in development.
	const { MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, BASE_URL: _base, ...inherited } = process.env;
	const env: Record<string, string> = {
		...(inherited as Record<string, string>),
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
			resolvePromise({ code: code ?? 1, output, outDir, cacheDir, root });
		});
	});
}
