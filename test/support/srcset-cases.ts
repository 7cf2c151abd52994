/**
 * srcset texts and how browsers read them, undefined for one that is not a valid srcset: the cases
 * both copies of `readSrcset` (src/lib/srcset.ts, src/markdown/srcset.ts) must agree on.
 */
import type { SrcSetDefinition } from 'srcset';

export const SRCSET_CASES: readonly (readonly [string, string, SrcSetDefinition[] | undefined])[] = [
	[
		'widths',
		'/_astro/a.avif 360w, /_astro/b.avif 720w',
		[
			{ url: '/_astro/a.avif', width: 360 },
			{ url: '/_astro/b.avif', width: 720 },
		],
	],
	[
		'a URL holding a comma',
		'https://img.example/w_100,h_50/a.jpg 1x, /b.jpg 2x',
		[
			{ url: 'https://img.example/w_100,h_50/a.jpg', density: 1 },
			{ url: '/b.jpg', density: 2 },
		],
	],
	[
		'no descriptor, a URL ending in commas, one-character URLs',
		'a.jpg,, b 1.5x, c 2x',
		[{ url: 'a.jpg' }, { url: 'b', density: 1.5 }, { url: 'c', density: 2 }],
	],
	[
		'line breaks and tabs, between candidates and between a URL and its descriptor',
		'a.jpg\n1x,\r\n\tb.jpg 2x',
		[
			{ url: 'a.jpg', density: 1 },
			{ url: 'b.jpg', density: 2 },
		],
	],
	['a blank srcset', ' \n', []],
	['two descriptors', 'a.jpg 1x 2x', undefined],
	['a descriptor that is no width or density', 'a.jpg 100W', undefined],
	['two candidates for 1x', 'a.jpg 1x, b.jpg', undefined],
	['a line break after a comma, then a second candidate for 1x', '/a.jpg,\njavascript:x', undefined],
	['white space browsers do not separate at', 'a.jpg\u00a01x', undefined],
	['a leading comma', ',a.jpg 1x', undefined],
	// Valid, but the package reads `200w` as the URL: refused rather than misread.
	['a one-character URL right after a comma', 'a.jpg 100w,b 200w', undefined],
];
