import { createHash } from 'node:crypto';

/**
 * Astro's Content-Security-Policy lists, on every page, a hash for each of its five client
 * directives (client:load, idle, visible, media, only) whether or not a page has an island; we
 * have none. Each hash allows one inline script to run, so listing scripts that exist nowhere only
 * widens the policy. This keeps, per page, only the hashes of the inline scripts on that page.
 */

const CSP_META_RE = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/iu;
const INLINE_SCRIPT_RE = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/giu;

/** `html` with its CSP's script hashes narrowed to the inline scripts it has (`digest` hashes one script as CSP writes it). */
export function pruneScriptHashes(html: string, digest: (script: string) => string): string {
	const meta = CSP_META_RE.exec(html);
	if (!meta?.[2]) return html;
	const needed = new Set([...html.matchAll(INLINE_SCRIPT_RE)].map(([, body]) => digest(body ?? '')));
	const policy = meta[2]
		.split(';')
		.map((directive) => {
			const [name, ...values] = directive.trim().split(/\s+/u);
			if (name !== 'script-src') return directive;
			const kept = values.filter((value) => !/^'sha(256|384|512)-/u.test(value) || needed.has(value));
			return ` ${[name, ...kept].join(' ')}`;
		})
		.join(';');
	return html.replace(CSP_META_RE, (_, start: string, _old: string, end: string) => `${start}${policy}${end}`);
}

/** The CSP source for a script's text: `'sha256-…'`. */
export function sha256Source(script: string): string {
	return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}
