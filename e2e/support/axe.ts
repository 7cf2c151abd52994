/**
 * axe-core in the page under test. The source is injected once per page load and `axe.run` is
 * called for each state checked (viewport, colour scheme), which runs every rule as
 * `@axe-core/playwright` does, without its per-call injection and its extra blank page to finish
 * each run (about 1.2 s a call, against 0.1–0.2 s here; the pages have no frames to visit).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type Axe from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violation, as the page reports it. */
interface Violation {
	readonly id: string;
	readonly impact: string;
	readonly help: string;
	readonly targets: readonly string[];
}

/**
 * Every axe-core violation (all rules, any impact) on the page as it is rendered now, one line each:
 * rule, impact, help and the first five elements. Empty when the page passes.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const violations: Violation[] = await page.evaluate(async () => {
		const { axe } = window as unknown as { axe: typeof Axe };
		const results = await axe.run(document, { resultTypes: ['violations'] });
		return results.violations.map((v) => ({
			id: v.id,
			impact: v.impact ?? 'no impact',
			help: v.help,
			targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
		}));
	});
	return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join('; ')}`);
}
