import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import sharp from 'sharp';

/** Where the circle and the bar of a generated picture sit, as fractions of its width and height. */
export interface PictureMarks {
	readonly circleX: number;
	readonly barY: number;
}

/**
 * Writes a generated test picture (never a photo): a diagonal gradient from `from` to `to` with a
 * circle and a bar drawn on it, as JPEG or PNG by the file's extension. Same arguments, same bytes;
 * different `marks` give different pictures with the same colours.
 */
export async function writePicture(
	path: string,
	{
		width,
		height,
		from = '#1f4f8f',
		to = '#f08a80',
		marks = { circleX: 0.3, barY: 0.6 },
	}: { width: number; height: number; from?: string; to?: string; marks?: PictureMarks },
): Promise<void> {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>
<circle cx="${width * marks.circleX}" cy="${height * 0.45}" r="${Math.min(width, height) * 0.2}" fill="#fdfcf9" fill-opacity="0.8"/>
<rect x="${width * 0.55}" y="${height * marks.barY}" width="${width * 0.35}" height="${height * 0.12}" fill="#1a1a1a" fill-opacity="0.6"/>
</svg>`;
	await mkdir(dirname(path), { recursive: true });
	const image = sharp(Buffer.from(svg));
	await writeFile(path, await (path.endsWith('.png') ? image.png() : image.jpeg({ quality: 85 })).toBuffer());
}
