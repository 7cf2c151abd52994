import { defineConfig } from '@playwright/test';
import { SITES } from './e2e/sites.ts';

/** Debian's Chromium: npm's browser downloads cannot run on these machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: './e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// The JSON report keeps each test's duration, to see where the suite's time goes.
	reporter: [['list'], ['json', { outputFile: '.cache/e2e/report.json' }]],
	outputDir: '.cache/e2e/test-results',
	use: {
		baseURL: `http://127.0.0.1:${SITES.root.port}/`,
		launchOptions: {
			executablePath: CHROMIUM,
			// Without the background-networking flags Chromium keeps calling out on a closed network.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	webServer: {
		command: 'node e2e/serve.ts',
		url: `http://127.0.0.1:${SITES.root.port}/`,
		reuseExistingServer: !process.env.CI,
		stdout: 'pipe',
	},
});
