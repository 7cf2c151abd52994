/**
 * The deploy configurations agree with the project: the GitHub Pages workflow builds with the
 * Pages base path and origin and keeps the content cache the build really uses; Netlify and
 * Vercel build with the same command into the same folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { resolveSettings } from '../src/lib/settings.ts';
import { ROOT } from './support/build-site.ts';

interface Step {
	readonly uses?: string;
	readonly run?: string;
	readonly id?: string;
	readonly with?: Record<string, string>;
	readonly env?: Record<string, string>;
}

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const workflow = parseYaml(read('.github/workflows/deploy.yml')) as { jobs: Record<string, { steps: Step[] }> };
const steps = workflow.jobs.build?.steps ?? [];
const step = (match: (s: Step) => boolean): Step => {
	const found = steps.find(match);
	if (!found) throw new Error('step not found in .github/workflows/deploy.yml');
	return found;
};

describe('the GitHub Pages workflow', () => {
	test('builds with the base path and origin from the Pages configuration', () => {
		const pages = step((s) => s.uses?.startsWith('actions/configure-pages@') ?? false);
		const build = step((s) => s.run === 'npm run build');
		expect(build.env?.BASE_PATH).toBe(`\${{ steps.${pages.id}.outputs.base_path }}/`);
		expect(build.env?.SITE_URL).toBe(`\${{ steps.${pages.id}.outputs.origin }}`);
		// What configure-pages gives for a project site and for a user site or custom domain.
		expect(
			resolveSettings({ BASE_PATH: '/news-reader/', SITE_URL: 'https://owner.github.io' }, new Date()).basePath,
		).toBe('/news-reader/');
		expect(resolveSettings({ BASE_PATH: '/', SITE_URL: 'https://news.example.org' }, new Date()).basePath).toBe('/');
	});

	test('keeps the content cache where the build writes it, keyed on what the loader digests', () => {
		const cache = step((s) => s.uses?.startsWith('actions/cache@') ?? false);
		expect(read('astro.config.mjs')).toContain("process.env['ASTRO_CACHE_DIR'] ?? './.cache/astro'");
		expect(cache.with?.path).toBe('.cache/astro');
		for (const input of ['package-lock.json', 'src/markdown/**', 'astro.config.mjs'])
			expect(cache.with?.key).toContain(`'${input}'`);
		// Saved under a new key each run (keys are immutable), restored from the newest with the same pipeline.
		expect(cache.with?.key).toMatch(/-\$\{\{ github\.run_id \}\}$/u);
		expect(cache.with?.['restore-keys']).toBe(cache.with?.key?.replace(/\$\{\{ github\.run_id \}\}$/u, ''));
		// Restored before the build runs.
		expect(steps.indexOf(cache)).toBeLessThan(steps.findIndex((s) => s.run === 'npm run build'));
	});

	test('installs with npm ci and publishes dist/ with actions/deploy-pages', () => {
		expect(steps.some((s) => s.run?.startsWith('npm ci'))).toBe(true);
		expect(step((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false).with?.path).toBe('dist');
		expect(workflow.jobs.deploy?.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
	});
});

test('Netlify and Vercel build with npm run build into dist/', () => {
	const netlify = read('netlify.toml');
	const vercel = JSON.parse(read('vercel.json')) as { buildCommand: string; outputDirectory: string };
	expect(netlify).toMatch(/^\[build\]\n\s+command = "npm run build"\n\s+publish = "dist"$/mu);
	expect([vercel.buildCommand, vercel.outputDirectory]).toEqual(['npm run build', 'dist']);
});
