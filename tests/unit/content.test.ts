import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAILURE_CATEGORIES } from '../../src/lib/categories';
import { IN_SHORT_MAX_LENGTH } from '../../src/lib/in-short';
import { ROOT, listFiles } from '../support/dist';
import { loadContent } from '../support/content';
import { isLookalikeHost, linkedHosts } from '../support/lookalike-domains';

// The English pages: these rules read English (section headings, wording). Every language's pages are
// held to the English ones by tests/unit/languages.test.ts.
const pages = loadContent(['en']);
const articles = pages.filter((page) => page.data.category && !page.file.endsWith('index.mdx'));

/** The site's own pages and code, where a link or spam could hide. */
const SOURCE_FILES = [
	...listFiles(join(ROOT, 'src')).map((f) => join(ROOT, 'src', f)),
	...listFiles(join(ROOT, 'public')).map((f) => join(ROOT, 'public', f)),
].filter((file) => /\.(mdx?|astro|tsx?|css|json|txt|svg|xml)$/.test(file));

/** Asking the reader to get in touch with support or the exchange (a link to the support page counts). */
const ASKS_TO_CONTACT =
	/contact-support\/|\b(contact|ask|write to|tell|reach)\s+(the\s+)?(exchange's\s+)?(real\s+)?support\b|\bcontact the exchange\b/i;

/** A relative Markdown link to the Stay safe page. */
const LINKS_STAY_SAFE = /\]\((\.\.\/)+stay-safe\/\)/;

/**
 * Where the guide may link outside itself: the exchange's own site and the verification providers'
 * own documentation: official pages only, never a third-party site.
 */
const OFFICIAL_HOSTS = [
	'www.binance.com',
	'docs.sumsub.com',
	'support.sumsub.com',
	'devdocs.veriff.com',
	'help.withpersona.com',
	'docs.withpersona.com',
];

/** A page that reports what the exchange says. */
const QUOTES_BINANCE = /\bBinance(?:'s help centre| itself)? says\b/;

/** The source material's promotional spam: it must never reach the project in any form. */
const SPAM = [
	/UPUVPIW5/i,
	/coin\s*path/i,
	/direct\s+apk/i,
	/apk\s+download/i,
	/overseas\s+apple\s*id/i,
	/trading\s+fee\s+discount/i,
];

describe('the guide content', () => {
	test('has the articles of every category', () => {
		for (const category of FAILURE_CATEGORIES) {
			expect(articles.filter((page) => page.data.category === category).length, category).toBeGreaterThanOrEqual(4);
		}
	});

	test.each(FAILURE_CATEGORIES)('%s has an overview page', (category) => {
		const overview = pages.find((page) => page.file === `${category}/index.mdx`);
		expect(overview, `${category}/index.mdx`).toBeDefined();
		expect(overview!.data.category).toBe(category);
	});

	test.each(articles.map((page) => [page.file, page] as const))(
		'%s has a category, symptoms and a description',
		(_file, page) => {
			expect(FAILURE_CATEGORIES).toContain(page.data.category);
			// The folder is the category: an article filed in the wrong folder would show in the wrong sidebar group.
			expect(page.file.split('/')[0]).toBe(page.data.category);
			expect(Array.isArray(page.data.symptoms) && page.data.symptoms.length).toBeGreaterThanOrEqual(1);
			expect(String(page.data.description ?? '').length).toBeGreaterThan(30);
			expect(page.data.lastReviewed).toBeTruthy();
		},
	);

	test.each(articles.map((page) => [page.file, page] as const))(
		'%s has the four sections, with numbered steps',
		(_file, page) => {
			const headings = [...page.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
			expect(headings.slice(0, 4)).toEqual([
				'What you see',
				'Why it fails',
				'How to fix it',
				'Check before you resubmit',
			]);
			const fix = page.body.split(/^## How to fix it$/m)[1]!.split(/^## /m)[0]!;
			expect(fix).toMatch(/^1\. /m);
			expect(fix).toMatch(/^2\. /m);
		},
	);

	test.each(articles.map((page) => [page.file, page] as const))(
		`%s says the fix "in short", in at most ${IN_SHORT_MAX_LENGTH} characters`,
		(_file, page) => {
			const inShort = page.data.inShort;
			expect(typeof inShort, 'inShort frontmatter').toBe('string');
			const text = String(inShort).trim();
			expect(text.length).toBeGreaterThan(20);
			expect(text.length).toBeLessThanOrEqual(IN_SHORT_MAX_LENGTH);
			// It is the fix, not the description again.
			expect(text).not.toBe(String(page.data.description ?? '').trim());
		},
	);

	test('"in short" is for articles only: not the home, overview or checker pages', () => {
		const others = pages.filter((page) => !articles.includes(page) && page.data.inShort !== undefined);
		expect(others.map((page) => page.file)).toEqual([]);
	});

	test('every page has a unique description', () => {
		const descriptions = pages.map((page) => String(page.data.description ?? ''));
		expect(descriptions.every((d) => d.length > 0)).toBe(true);
		expect(new Set(descriptions).size).toBe(descriptions.length);
	});

	test('nothing in src/ or public/ contains the source material’s spam', () => {
		const hits = SOURCE_FILES.flatMap((file) => {
			const text = readFileSync(file, 'utf8');
			return SPAM.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern}`);
		});
		expect(hits).toEqual([]);
	});

	test('nothing in src/ or public/ links to a lookalike of the exchange or an SEO site', () => {
		expect(SOURCE_FILES.length).toBeGreaterThan(50);
		const hits = SOURCE_FILES.flatMap((file) =>
			linkedHosts(readFileSync(file, 'utf8'))
				.filter(isLookalikeHost)
				.map((host) => `${file}: ${host}`),
		);
		expect(hits).toEqual([]);
	});

	test.each(pages.filter((page) => page.data.category).map((page) => [page.file, page] as const))(
		'%s links Stay safe if it asks the reader to contact anyone',
		(_file, page) => {
			if (ASKS_TO_CONTACT.test(page.body)) expect(page.body).toMatch(LINKS_STAY_SAFE);
		},
	);

	test('every link out of the guide goes to an official page, and Binance pages are the English ones', () => {
		const links = pages.flatMap((page) =>
			[...page.body.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((match) => ({
				file: page.file,
				url: new URL(match[1]!),
			})),
		);
		expect(links.length).toBeGreaterThanOrEqual(20);
		const unofficial = links.filter(({ url }) => !OFFICIAL_HOSTS.includes(url.hostname) || url.protocol !== 'https:');
		expect(unofficial.map(({ file, url }) => `${file}: ${url.href}`)).toEqual([]);
		const notEnglish = links.filter(
			({ url }) => url.hostname === 'www.binance.com' && !url.pathname.startsWith('/en/'),
		);
		expect(notEnglish.map(({ file, url }) => `${file}: ${url.href}`)).toEqual([]);
	});

	test.each(pages.map((page) => [page.file, page] as const))('%s links the Binance page it quotes', (_file, page) => {
		if (QUOTES_BINANCE.test(page.body)) expect(page.body).toMatch(/\]\(https:\/\/www\.binance\.com\/en\//);
	});
});
