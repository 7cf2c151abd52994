/** The picture a link to a page shows when shared (og:image, twitter:image). */
export interface ShareImage {
	/** Absolute URL. */
	readonly url: string;
	readonly width?: number;
	readonly height?: number;
	/** What it shows, for screen readers. */
	readonly alt: string;
}
