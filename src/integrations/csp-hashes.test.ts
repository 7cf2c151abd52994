import { describe, expect, test } from 'vitest';
import { pruneScriptHashes, sha256Source } from './csp-hashes.ts';

const policy = (hashes: string) =>
	`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes}; style-src 'self' 'sha256-s=';">`;

describe('pruneScriptHashes', () => {
	test('drops every script hash of a page without inline scripts, keeping sources and style hashes', () => {
		const html = `<head>${policy("'sha256-a=' 'sha256-b='")}<script type="module" src="/x.js"></script></head>`;
		expect(pruneScriptHashes(html, sha256Source)).toContain(
			`content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-s=';"`,
		);
	});

	test('keeps the hash of an inline script the page has', () => {
		const script = 'console.log(1)';
		const html = `<head>${policy(`'sha256-a=' ${sha256Source(script)}`)}</head><script>${script}</script>`;
		expect(pruneScriptHashes(html, sha256Source)).toContain(
			`script-src 'self' 'wasm-unsafe-eval' ${sha256Source(script)};`,
		);
	});

	test('leaves a page without a policy untouched', () => {
		expect(pruneScriptHashes('<p>x</p>', sha256Source)).toBe('<p>x</p>');
	});
});
