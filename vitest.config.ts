import { defineConfig } from 'vitest/config';

/** Tests that need no build, server or browser: pure logic, parsers, config files. */
const UNIT = [
	'src/**/*.test.ts',
	'scripts/**/*.test.ts',
	'e2e/**/*.test.ts',
	'test/support/**/*.test.ts',
	'bench/**/*.test.ts',
	'test/headers.test.ts',
	'test/deploy-config.test.ts',
	'test/astro-patch.test.ts',
];

export default defineConfig({
	test: {
		// Build tests run real Astro builds, which take seconds each on a 2-core machine; a few unit
		// tests start worker threads or npm, which a loaded machine can hold up for seconds too.
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// Two cores: more than two builds at once only makes each slower.
		maxWorkers: 2,
		// The pure core and the Markdown plugins, measured by the tests beside them (`--coverage`).
		// The thresholds sit just under what the tests reach today (3 Dec 2026), so a change that
		// drops untested code in fails; raise them as tests grow.
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts', 'src/markdown/**/*.ts'],
			exclude: ['**/*.test.ts'],
			reporter: ['text-summary'],
			thresholds: { statements: 96, branches: 87, functions: 95, lines: 96 },
		},
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: UNIT },
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: ['test/**/*.test.ts'],
					exclude: UNIT,
				},
			},
		],
	},
});
