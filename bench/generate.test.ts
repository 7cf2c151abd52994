import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePicture } from '../test/support/pictures.ts';
import { benchPicture, benchPictureLook } from './generate.ts';

describe('bench pictures', () => {
	const dir = mkdtemp(join(tmpdir(), 'bench-pictures-'));
	afterAll(async () => rm(await dir, { recursive: true, force: true }));

	it('gives every picture of a 50,000-article corpus its own look', () => {
		const looks = new Set<string>();
		for (let i = 0; i < 50_000; i++) if (benchPicture(i)) looks.add(JSON.stringify(benchPictureLook(i / 10)));
		expect(looks.size).toBe(5_000);
	});

	it('writes different files for pictures of the same hue, and the same file for the same picture', async () => {
		const write = async (name: string, n: number) => {
			const path = join(await dir, name);
			await writePicture(path, { width: 320, height: 180, ...benchPictureLook(n) });
			return readFile(path);
		};
		const [first, sameHue, again] = await Promise.all([write('a.jpg', 0), write('b.jpg', 360), write('c.jpg', 0)]);
		expect(benchPictureLook(360).from).toBe(benchPictureLook(0).from);
		expect(sameHue.equals(first)).toBe(false);
		expect(again.equals(first)).toBe(true);
	});
});
