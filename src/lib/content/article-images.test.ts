import { describe, expect, test } from 'vitest';
import { articleImages, findBodyImages, resolveImageSource } from './article-images.ts';

describe('resolveImageSource', () => {
	test('resolves a path beside the article, in a sub-folder', () => {
		expect(resolveImageSource('./harbour.jpg', 'world/harbour-budget.md', [])).toEqual({
			kind: 'local',
			path: 'world/harbour.jpg',
		});
		expect(resolveImageSource('harbour.JPG', 'harbour-budget.md', [])).toEqual({ kind: 'local', path: 'harbour.JPG' });
	});

	test('resolves a path elsewhere under the content folder', () => {
		expect(resolveImageSource('../pictures/crane.png', 'world/a.md', [])).toEqual({
			kind: 'local',
			path: 'pictures/crane.png',
		});
	});

	test('refuses a path that leaves the content folder', () => {
		expect(resolveImageSource('../../secret.jpg', 'world/a.md', [])).toEqual({
			error: '"../../secret.jpg" is outside the content folder',
		});
	});

	test('refuses a root-relative path, suggesting a relative one', () => {
		expect(resolveImageSource('/images/crane.jpg', 'a.md', [])).toEqual({
			error: '"/images/crane.jpg" must be relative to the article, e.g. ./crane.jpg',
		});
	});

	test('refuses a file type the pipeline cannot read', () => {
		expect(resolveImageSource('./chart.svg', 'a.md', [])).toEqual({
			error: '"./chart.svg" is not a supported picture (.svg); use JPEG, PNG, WebP, AVIF or GIF',
		});
	});

	test('accepts a URL on an allowed host and refuses others', () => {
		expect(resolveImageSource('https://images.example.org/a.jpg', 'a.md', ['images.example.org'])).toEqual({
			kind: 'remote',
			url: 'https://images.example.org/a.jpg',
		});
		expect(resolveImageSource('https://evil.example.com/a.jpg', 'a.md', ['images.example.org'])).toEqual({
			error:
				'images from evil.example.com are not allowed (the allowed hosts are images.example.org; see imageHosts in the settings)',
		});
		expect(resolveImageSource('data:image/png;base64,AAAA', 'a.md', [])).toEqual({
			error: '"data:image/png;base64,AAAA" is not an image file or an https URL',
		});
	});
});

describe('findBodyImages', () => {
	test('finds Markdown images with their line in the file, not those in code', () => {
		const body = 'Text.\n\n![A crane](./crane.jpg "The crane")\n\n```\n![not](./code.jpg)\n```\n\nMore ![](b.png)\n';
		expect(findBodyImages(body, 6)).toEqual([
			{ url: './crane.jpg', alt: 'A crane', line: 8 },
			{ url: 'b.png', alt: '', line: 14 },
		]);
	});

	test('skips the parse when the body has no image', () => {
		expect(findBodyImages('No pictures [here](./a.jpg).', 1)).toEqual([]);
	});
});

describe('articleImages', () => {
	test('lists the local files to check and each problem with its field', () => {
		const result = articleImages(
			{
				path: 'world/a.md',
				data: { image: { src: './lead.jpg', alt: 'Lead' } },
				body: '![](./missing-alt.png)\n\n![Remote](https://evil.example.com/x.jpg)\n',
				bodyLine: 8,
			},
			[],
		);
		expect(result.files).toEqual([
			{ field: 'image.src', path: 'world/lead.jpg', src: './lead.jpg' },
			{ field: 'body line 8', path: 'world/missing-alt.png', src: './missing-alt.png' },
		]);
		expect(result.problems).toEqual([
			{ field: 'body line 8', message: 'the image ./missing-alt.png has no alt text; write ![what it shows](./missing-alt.png)' },
			{
				field: 'body line 10',
				message: 'images from evil.example.com are not allowed (no remote host is allowed; see imageHosts in the settings)',
			},
		]);
	});
});

describe('articleImages: public files', () => {
	test('leaves root-relative body pictures (files in public/) alone', () => {
		expect(articleImages({ path: 'a.md', data: {}, body: '![Map](/images/map.png)\n', bodyLine: 5 }, [])).toEqual({
			problems: [],
			files: [],
		});
	});
});

describe('articleImages: other schemes', () => {
	test('leaves javascript: and data: body pictures to the sanitiser, but not such a lead image', () => {
		const body = "![x](javascript:alert(1))\n\n![y](data:image/png;base64,AAAA)\n";
		expect(articleImages({ path: 'a.md', data: {}, body, bodyLine: 5 }, [])).toEqual({ problems: [], files: [] });
		const lead = { image: { src: 'javascript:alert(1)', alt: 'Lead' } };
		expect(articleImages({ path: 'a.md', data: lead, body: '', bodyLine: 5 }, []).problems).toEqual([
			{ field: 'image.src', message: '"javascript:alert(1)" is not an image file or an https URL' },
		]);
	});
});
