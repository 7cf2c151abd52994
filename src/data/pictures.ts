import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { shareCardKey, SHARE_CARD } from '../lib/cards/share-card.ts';
import type { LeadImage } from '../lib/article-schema.ts';
import type { ShareImage } from '../lib/views/share-image.ts';
import { settings, urls } from './site.ts';

/** A picture Astro's pipeline processes: a bundled file's metadata, or a URL on an allowed host. */
export type PictureSource = ImageMetadata | string;

/** An article's lead image with its picture ready for `<Picture>` and `getImage()`. */
export interface LeadPicture extends Omit<LeadImage, 'src'> {
	readonly src: PictureSource;
}

/** The widths made of a lead image, and how wide it shows (the article column: at most 68ch, about 42rem). */
export const LEAD_PICTURE = {
	widths: [360, 720, 1080, 1440],
	sizes: '(min-width: 46rem) 42rem, calc(100vw - 2rem)',
	formats: ['avif', 'webp'],
} as const;

/** The widths of a picture on a card (front page, listings), and how wide it shows. */
export const CARD_PICTURE = {
	widths: [240, 480],
	sizes: '(min-width: 40rem) 15rem, calc(100vw - 2rem)',
	leadWidths: [360, 720, 1080],
	leadSizes: '(min-width: 60rem) 40rem, calc(100vw - 2rem)',
	/** A thumbnail beside a card's text in a listing. */
	thumbWidths: [160, 320],
	thumbSizes: '(min-width: 40rem) 10rem, 6rem',
	formats: ['avif', 'webp'],
} as const;

// The aspect ratios Google asks of a news article's images, widest first (the first is og:image).
const SHARE_RATIOS = [16 / 9, 4 / 3, 1] as const;
// Google asks for at least 1,200 px wide; wider is no better for a share preview.
const SHARE_WIDTH = 1200;

/**
 * The share images of an article: with a local lead image, JPEG crops of it at 16:9 (og:image),
 * 4:3 and 1:1, 1,200 px wide when the picture is (never enlarged); without one, its generated
 * card (1,200 × 630). URLs absolute.
 */
export async function shareImages(
	headline: string,
	picture: LeadPicture | undefined,
): Promise<{ og: ShareImage; structured: string[] }> {
	if (!picture || typeof picture.src === 'string') {
		if (picture && typeof picture.src === 'string') {
			// A remote picture is not fetched again for crops: it is shared as it is.
			const og = { url: picture.src, alt: picture.alt };
			return { og, structured: [picture.src] };
		}
		const card = shareCardPath(headline);
		const og = { url: urls.absolute(card), width: SHARE_CARD.width, height: SHARE_CARD.height, alt: headline };
		return { og, structured: [og.url] };
	}
	const source = picture.src;
	const crops = await Promise.all(
		SHARE_RATIOS.map(async (ratio) => {
			const width = Math.min(SHARE_WIDTH, source.width, Math.floor(source.height * ratio));
			const height = Math.round(width / ratio);
			const image = await getImage({ src: source, width, height, fit: 'cover', format: 'jpeg', quality: 80 });
			return { url: urls.absolute(image.src), width, height };
		}),
	);
	const [wide] = crops;
	if (!wide) throw new Error('no share crop');
	return { og: { ...wide, alt: picture.alt }, structured: crops.map((crop) => crop.url) };
}

/** The root-relative path of the generated share card for `headline` (its name is its content's hash). */
export function shareCardPath(headline: string): string {
	return urls.file(`og/${shareCardKey({ headline, publication: settings.title })}.png`);
}
