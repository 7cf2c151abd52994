import { describe, expect, test } from 'vitest';
import { defaultSettings, resolveSettings } from './settings.ts';

const NOW = new Date('2026-12-03T12:00:00Z');

describe('resolveSettings', () => {
	test('gives the defaults for an empty environment, with the build time now', () => {
		const settings = resolveSettings({}, NOW);
		expect(settings).toMatchObject({
			title: defaultSettings.title,
			siteUrl: 'https://news.example.org',
			basePath: '/',
			lang: 'en-US',
			timeZone: 'America/New_York',
			contentDir: 'content',
			imageHosts: [],
		});
		expect(settings.buildTime).toEqual(NOW);
	});

	test('reads each setting from the environment, trimmed and normalised', () => {
		const settings = resolveSettings(
			{
				SITE_URL: ' https://example.github.io ',
				BASE_PATH: 'news',
				SITE_LANG: 'fr',
				SITE_TIME_ZONE: 'Europe/Paris',
				CONTENT_DIR: 'fixtures',
				BUILD_TIME: '2025-02-13T12:00:00Z',
				IMAGE_HOSTS: ' Images.Example.org, ,cdn.example.net ',
			},
			NOW,
		);
		expect(settings).toMatchObject({
			siteUrl: 'https://example.github.io',
			basePath: '/news/',
			lang: 'fr',
			timeZone: 'Europe/Paris',
			contentDir: 'fixtures',
			imageHosts: ['images.example.org', 'cdn.example.net'],
		});
		expect(settings.buildTime.toISOString()).toBe('2025-02-13T12:00:00.000Z');
	});

	test.each([
		[{ SITE_URL: 'news.example.org' }, /SITE_URL must be an absolute URL/u],
		[{ SITE_URL: 'ftp://news.example.org' }, /SITE_URL must start with https:\/\/ or http:\/\//u],
		[{ SITE_URL: 'https://example.org/news' }, /put a path in BASE_PATH/u],
		[{ BUILD_TIME: 'yesterday' }, /BUILD_TIME must be an ISO 8601 date-time/u],
		[{ SITE_TIME_ZONE: 'Mars/Olympus' }, /SITE_TIME_ZONE must be an IANA time zone/u],
		[{ SITE_LANG: 'xx-nope' }, /SITE_LANG must be a BCP 47 language tag/u],
	])('refuses %o with a message naming the setting', (env, message) => {
		expect(() => resolveSettings(env, NOW)).toThrow(message);
	});
});
