import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from '../test/support/build-site.ts';

/** One measured `astro build`. */
export interface MeasuredBuild {
	readonly code: number;
	/** Everything the build printed. */
	readonly output: string;
	readonly wallSeconds: number;
	/** User + system CPU time of the build and every process it waited for. */
	readonly cpuSeconds: number;
	/** Peak resident memory in MiB: of the largest process (GNU time), or of the process tree (sampled). */
	readonly peakMiB: number;
	/** How memory and CPU were measured. */
	readonly method: 'GNU time' | '/proc sampling';
}

/** Options for {@link measureBuild}. */
export interface MeasureOptions {
	readonly contentDir: string;
	/**
	 * Inside the project: for an outDir outside the working directory Astro keeps the build's
	 * intermediate chunks in the shared `.astro/.prerender/`, where concurrent builds clobber each other.
	 */
	readonly outDir: string;
	readonly cacheDir: string;
	readonly env?: Readonly<Record<string, string>>;
	/** The Astro project to build; default this one. */
	readonly root?: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a real `astro build` of this project and measures its wall time, CPU time and peak memory,
 * with GNU time when it is installed (`apt-get install time`) and by sampling /proc otherwise.
 */
export async function measureBuild(options: MeasureOptions): Promise<MeasuredBuild> {
	const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const root = options.root ?? ROOT;
	const build = [process.execPath, astro, 'build', '--root', root, '--outDir', options.outDir];
	const env: Record<string, string> = {
		...(process.env as Record<string, string>),
		ASTRO_TELEMETRY_DISABLED: '1',
		ASTRO_CACHE_DIR: options.cacheDir,
		CONTENT_DIR: options.contentDir,
		...options.env,
	};
	const useTime = existsSync(GNU_TIME);
	const timeFile = `${options.outDir}.time`;
	const [command, ...args] = useTime ? [GNU_TIME, '-f', '%e %U %S %M', '-o', timeFile, ...build] : build;
	const started = performance.now();
	const child = spawn(command ?? process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const sampler = useTime ? undefined : sampleTree(child.pid ?? 0);
	const code = await new Promise<number>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (exitCode) => {
			resolve(exitCode ?? 1);
		});
	});
	const wallSeconds = (performance.now() - started) / 1000;
	if (useTime) {
		const [, user = 0, system = 0, maxKiB = 0] = (await readFile(timeFile, 'utf8'))
			.trim()
			.split(/\s+/u)
			.slice(-4)
			.map(Number);
		await rm(timeFile, { force: true });
		return { code, output, wallSeconds, cpuSeconds: user + system, peakMiB: maxKiB / 1024, method: 'GNU time' };
	}
	const sampled = await sampler?.stop();
	return {
		code,
		output,
		wallSeconds,
		cpuSeconds: sampled?.cpuSeconds ?? 0,
		peakMiB: sampled?.peakMiB ?? 0,
		method: '/proc sampling',
	};
}

/** Samples the resident memory (summed) and CPU time of a process and its descendants every 100 ms. */
function sampleTree(pid: number): { stop(): Promise<{ cpuSeconds: number; peakMiB: number }> } {
	const ticks = 100; // USER_HZ on Linux
	const cpu = new Map<number, number>();
	let peakKiB = 0;
	let running = true;
	const loop = (async () => {
		// stop() clears `running`; TypeScript does not see assignments in callbacks (microsoft/TypeScript#9998).
		// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
		while (running) {
			let rss = 0;
			for (const p of await descendants(pid)) {
				const status = await readFile(`/proc/${p}/status`, 'utf8').catch(() => '');
				rss += Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0);
				const stat = await readFile(`/proc/${p}/stat`, 'utf8').catch(() => '');
				// utime, stime, cutime and cstime: fields 14–17 of /proc/<pid>/stat, counted from the pid.
				const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
				if (fields.length > 13)
					cpu.set(p, (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticks);
			}
			peakKiB = Math.max(peakKiB, rss);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	})();
	return {
		async stop() {
			running = false;
			await loop;
			return { cpuSeconds: [...cpu.values()].reduce((a, b) => a + b, 0), peakMiB: peakKiB / 1024 };
		},
	};
}

/** `pid` and every live process descended from it. */
async function descendants(pid: number): Promise<number[]> {
	const parents = new Map<number, number>();
	for (const entry of await readdir('/proc').catch(() => [])) {
		if (!/^\d+$/u.test(entry)) continue;
		const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
		const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		parents.set(Number(entry), ppid);
	}
	const tree = [pid];
	// The array iterator reads the length at each step, so children pushed here are visited too.
	for (const node of tree) for (const [child, parent] of parents) if (parent === node) tree.push(child);
	return tree.filter((p) => parents.has(p));
}
