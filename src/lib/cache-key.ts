import { createHash } from 'node:crypto';

/**
 * Astro's incremental build (`experimental.incrementalBuild`) copies a page from the previous build
 * instead of rendering it when the `cacheKey` its `getStaticPaths()` entry returns is unchanged and
 * the page's code is the same. The key must therefore cover exactly the data the page shows: give
 * {@link cacheKey} everything the page renders from (its props, the settings that reach its HTML).
 */

/**
 * A digest of `parts`: plain data (objects, arrays, strings, numbers, booleans, null), dates,
 * maps and sets, in any nesting. Object keys are read in sorted order, so two equal values give
 * the same key whatever order their keys were set in. Functions are refused: a page's key must
 * not depend on something that cannot be compared.
 */
export function cacheKey(...parts: readonly unknown[]): string {
	const hash = new BufferedHash();
	for (const part of parts) write(hash, part, new Set());
	return hash.digest();
}

/**
 * A SHA-256 fed in large pieces: a page's data is thousands of short tokens, and each call into
 * the native hash costs more than hashing a short string (a tenth of a large build's page generation).
 * The bytes hashed are the same as if each token were given on its own.
 */
class BufferedHash {
	readonly #hash = createHash('sha256');
	#text = '';

	update(data: string | Uint8Array): this {
		if (typeof data !== 'string') {
			this.#flush();
			this.#hash.update(data);
		} else {
			this.#text += data;
			if (this.#text.length >= 1 << 16) this.#flush();
		}
		return this;
	}

	digest(): string {
		this.#flush();
		return this.#hash.digest('base64url');
	}

	#flush(): void {
		if (this.#text) this.#hash.update(this.#text);
		this.#text = '';
	}
}

type Hash = BufferedHash;

function write(hash: Hash, value: unknown, ancestors: Set<object>): void {
	switch (typeof value) {
		case 'string':
			// Length-prefixed, so ["ab", "c"] and ["a", "bc"] differ.
			hash.update(`s${value.length}:`).update(value);
			return;
		case 'number':
		case 'bigint':
		case 'boolean':
			hash.update(`${(typeof value).charAt(0)}${String(value)};`);
			return;
		case 'undefined':
			hash.update('u;');
			return;
		case 'function':
		case 'symbol':
			throw new TypeError(`cacheKey: a ${typeof value} cannot be part of a page's cache key`);
		case 'object':
			break;
	}
	if (value === null) {
		hash.update('n;');
		return;
	}
	if (ancestors.has(value)) throw new TypeError('cacheKey: the data refers to itself');
	ancestors.add(value);
	if (value instanceof Date) hash.update(`d${value.getTime()};`);
	else if (value instanceof URL) hash.update('l').update(value.href).update(';');
	else if (value instanceof Uint8Array) hash.update(`b${value.byteLength}:`).update(value);
	else if (Array.isArray(value) || value instanceof Set) {
		const items = [...value];
		hash.update(`${Array.isArray(value) ? 'a' : 't'}${items.length}[`);
		for (const item of items) write(hash, item, ancestors);
		hash.update(']');
	} else if (value instanceof Map) {
		hash.update(`m${value.size}{`);
		for (const [key, item] of value) {
			write(hash, key, ancestors);
			write(hash, item, ancestors);
		}
		hash.update('}');
	} else {
		const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		hash.update(`o${entries.length}{`);
		for (const [key, item] of entries) {
			hash.update(`k${key.length}:`).update(key);
			write(hash, item, ancestors);
		}
		hash.update('}');
	}
	ancestors.delete(value);
}
