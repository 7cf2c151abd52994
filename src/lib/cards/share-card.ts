import { createHash } from 'node:crypto';
import satori from 'satori';
import sharp from 'sharp';

/** The size of a share card: what Facebook, LinkedIn, X and messengers show best. */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

/** Bump when the card's look changes, so cached cards are redrawn. */
export const SHARE_CARD_STYLE = 1;

/** What a card shows. */
export interface ShareCardText {
	readonly headline: string;
	/** The publication's name. */
	readonly publication: string;
}

/** A font satori draws the card with (TTF, OTF or WOFF; not WOFF2). */
export interface CardFont {
	readonly name: string;
	readonly data: Buffer;
	readonly weight: 400 | 700;
}

/** A name for the card with `text` in this style: same text and style, same name (and same bytes). */
export function shareCardKey(text: ShareCardText): string {
	return createHash('sha256')
		.update(JSON.stringify([SHARE_CARD_STYLE, text.headline, text.publication]))
		.digest('hex')
		.slice(0, 16);
}

/** The headline's font size: long headlines get smaller type so they fit in four lines. */
export function headlineSize(headline: string): number {
	if (headline.length > 110) return 52;
	if (headline.length > 70) return 60;
	return 72;
}

/** `headline` cut at a word to at most `max` characters, with an ellipsis when cut. */
export function fitHeadline(headline: string, max = 150): string {
	if (headline.length <= max) return headline;
	const cut = headline.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

// The site's light colours (src/styles/global.css): paper, ink, muted and the accent red.
const COLOURS = { paper: '#fdfcf9', ink: '#1a1a1a', muted: '#555049', accent: '#8a1c1c', rule: '#d9d4ca' };

// Left and right margin of the card, in pixels.
const MARGIN = 80;

interface Node {
	readonly type: string;
	readonly props: { readonly style: Record<string, string | number>; readonly children?: string | Node[] };
}
const box = (style: Node['props']['style'], children?: string | Node[]): Node => ({
	type: 'div',
	props: children === undefined ? { style } : { style, children },
});

/**
 * The card as a PNG: the publication's name over a rule, the headline large, a red bar below, in the site's
 * serif and colours. satori lays the text out as outlines, so the picture does not depend on the
 * machine's fonts, and sharp turns the SVG into the same bytes every time.
 */
export async function renderShareCard(text: ShareCardText, fonts: readonly CardFont[]): Promise<Buffer> {
	const headline = fitHeadline(text.headline);
	const tree = box(
		{
			// satori sizes boxes without their padding (content-box).
			width: SHARE_CARD.width - 2 * MARGIN,
			height: SHARE_CARD.height - 64 - 48,
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: `64px ${MARGIN}px 48px`,
			background: COLOURS.paper,
			color: COLOURS.ink,
			fontFamily: fonts[0]?.name ?? 'serif',
		},
		[
			box(
				{
					display: 'flex',
					width: SHARE_CARD.width - 2 * MARGIN,
					fontSize: 34,
					fontWeight: 700,
					color: COLOURS.accent,
					paddingBottom: 20,
					borderBottom: `3px double ${COLOURS.rule}`,
				},
				text.publication,
			),
			box(
				{
					display: 'flex',
					width: SHARE_CARD.width - 2 * MARGIN,
					fontSize: headlineSize(headline),
					fontWeight: 700,
					lineHeight: 1.15,
				},
				headline,
			),
			box({ display: 'flex', width: SHARE_CARD.width - 2 * MARGIN, height: 12, background: COLOURS.accent }),
		],
	);
	const svg = await satori(tree, {
		...SHARE_CARD,
		fonts: fonts.map(({ name, data, weight }) => ({ name, data, weight, style: 'normal' as const })),
	});
	return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}
