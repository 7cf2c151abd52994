import { describe, expect, test } from 'vitest';
import { attribute, findUnsafeHtml, findUnsafeHtmlFragment, isUnsafeUrl } from './unsafe-html.ts';

describe('isUnsafeUrl', () => {
	test('catches script and data URLs however they are spelt', () => {
		for (const url of [
			'javascript:alert(1)',
			'JaVaScRiPt:x',
			' javascript:x',
			'java\tscript:x',
			'java\nscript:x',
			'\u0001javascript:x',
			'vbscript:x',
			'data:text/html,<script>',
			'data:image/svg+xml,<svg onload=x>',
		]) {
			expect(isUnsafeUrl(url), JSON.stringify(url)).toBe(true);
		}
	});

	test('lets web, mail, relative and raster-image data URLs through', () => {
		for (const url of [
			'https://example.org/',
			'http://x',
			'mailto:a@b',
			'/tags/',
			'../x',
			'#top',
			'data:image/png;base64,AAAA',
			'javascript-tips/',
		]) {
			expect(isUnsafeUrl(url), url).toBe(false);
		}
	});
});

describe('findUnsafeHtmlFragment', () => {
	test('reports every kind of hostile markup', () => {
		const cases = [
			'<script>alert(1)</script>',
			'<iframe srcdoc="x"></iframe>',
			'<object data="x"></object>',
			'<embed src="x">',
			'<base href="https://evil.example/">',
			'<meta http-equiv="refresh" content="0;url=x">',
			'<link rel="stylesheet" href="x">',
			'<style>*{}</style>',
			'<form action="x"></form>',
			'<img src="x" onerror="alert(1)">',
			'<a href="JAVA&#x09;SCRIPT:alert(1)">x</a>',
			'<a href="vbscript:x">x</a>',
			'<a href="data:text/html,x">x</a>',
			'<img src="x" srcset="/a.png 1x, javascript:alert(1) 2x">',
			'<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
			'<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
			'<math><maction href="javascript:alert(1)">x</maction></math>',
			'<div style="background:url(javascript:alert(1))">x</div>',
			'<template><img src=x onerror=alert(1)></template>',
		];
		for (const html of cases) expect(findUnsafeHtmlFragment(html), html).not.toEqual([]);
	});

	test('passes ordinary article markup', () => {
		const html =
			'<p>Text <a href="https://example.org/" rel="noopener">link</a> <img src="/a.jpg" alt="a"> <code>&lt;script&gt;</code></p>';
		expect(findUnsafeHtmlFragment(html)).toEqual([]);
	});
});

describe('findUnsafeHtml', () => {
	test('accepts the site’s own scripts and head elements, and nothing else', () => {
		const page = (body: string) =>
			`<!doctype html><html><head><meta charset="utf-8"><link rel="canonical" href="https://x/"><script type="module" src="/_astro/a.js"></script></head><body>${body}</body></html>`;
		const isOwnScript = (script: Parameters<typeof attribute>[0]) =>
			attribute(script, 'src')?.startsWith('/_astro/') ?? false;
		expect(findUnsafeHtml(page('<p>Fine</p>'), { isOwnScript })).toEqual([]);
		expect(findUnsafeHtml(page('<script src="https://evil.example/x.js"></script>'), { isOwnScript })).toEqual([
			'html>body>script: a script',
		]);
		expect(findUnsafeHtml(page('<form></form>'), { isOwnScript, allowedElements: new Set(['form']) })).toEqual([]);
	});
});
