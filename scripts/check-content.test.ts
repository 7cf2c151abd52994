import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { newArticle } from '../src/lib/content/new-article.ts';
import { ROOT } from '../test/support/build-site.ts';

/** Runs `node scripts/check-content.ts` on a temporary content folder (never content/). */
function runCheck(contentDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(ROOT, 'scripts', 'check-content.ts')], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: contentDir, BUILD_TIME: '2025-03-02T12:00:00Z' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			resolve({ code: code ?? 1, stdout, stderr });
		});
	});
}

describe('npm run check:content', () => {
	test('refuses an article from npm run new whose draft flag is gone but whose placeholders are not', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'news-check-'));
		const { fileName, text } = newArticle('Harbour budget', new Date('2025-03-01T12:00:00Z'), 'America/New_York');
		await writeFile(join(dir, fileName), text.replace('draft: true\n', ''));
		const result = await runCheck(dir);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/harbour-budget\.md:\n\s+- description: still the placeholder/u);
		expect(result.stderr).toMatch(/\n\s+- \(body\): still holds the placeholder/u);
	});

	test('accepts the same article while it is a draft', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'news-check-'));
		const { fileName, text } = newArticle('Harbour budget', new Date('2025-03-01T12:00:00Z'), 'America/New_York');
		await writeFile(join(dir, fileName), text);
		const result = await runCheck(dir);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain('0 published, 1 draft, 0 scheduled');
	});
});
