import { describe, expect, it } from 'vitest';
import { imageStep } from './pictures.ts';

/** An image step as Astro logs it (with its colours), `count` lines long, every third from the cache. */
function log(count: number, completed: string): string {
	const lines = Array.from({ length: count }, (_, i) =>
		i % 3 === 0
			? `08:00:00   \u001b[32m▶\u001b[39m /_astro/sample-${i}.B9pkK_LW_Z1IEwUB.avif \u001b[2m(reused cache entry)\u001b[22m \u001b[2m(+1ms)\u001b[22m \u001b[2m(${i + 1}/${count})\u001b[22m`
			: `08:00:00   \u001b[32m▶\u001b[39m /_astro/sample-${i}.B9pkK_LW_Z2lxsfz.webp \u001b[2m(before: 20kB, after: 1kB)\u001b[22m \u001b[2m(+12ms)\u001b[22m \u001b[2m(${i + 1}/${count})\u001b[22m`,
	);
	return [
		'[build] ✓ Completed in 3.1s.',
		' generating optimized images ',
		...lines,
		`08:00:09 ✓ Completed in ${completed}.`,
		'[build] ✓ Completed in 12.5s.',
	].join('\n');
}

describe('imageStep', () => {
	it('counts the pictures written and reused, and reads the step time in ms, s or minutes', () => {
		expect(imageStep(log(6, '812ms'))).toEqual({ images: 6, reused: 2, seconds: 0.812 });
		expect(imageStep(log(3, '47.16s'))).toEqual({ images: 3, reused: 1, seconds: 47.16 });
		expect(imageStep(log(3, '35m 3s'))).toEqual({ images: 3, reused: 1, seconds: 35 * 60 + 3 });
	});

	it('reads the step of a 50,000-article build (110,000 lines) without overflowing', () => {
		expect(imageStep(log(110_000, '35m 3s'))).toMatchObject({ images: 110_000, seconds: 2103 });
	});

	it('gives zero for a build without pictures', () => {
		expect(imageStep('[build] ✓ Completed in 3.1s.\n')).toEqual({ images: 0, reused: 0, seconds: 0 });
	});
});
