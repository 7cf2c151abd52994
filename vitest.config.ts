import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
		// Build tests run real Astro builds, which take seconds each on a 2-core machine.
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// Two cores: more than two builds at once only makes each slower.
		maxWorkers: 2,
	},
});
