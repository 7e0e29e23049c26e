import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, DIST_KYC_DIR, assertBuilt, listFiles } from '../support/dist';
import { loadContent } from '../support/content';
import { loadBuiltPages, referencedUrls } from '../support/html';
import { isLookalikeHost } from '../support/lookalike-domains';
import { isFailureCategory } from '../../src/lib/categories';
import { availableSiteTables } from '../../src/i18n/site';
import { localeOfPath, localePrefix } from '../../src/i18n/paths';
import { checkerArticleIds } from '../../src/lib/checker-articles';

assertBuilt(DIST_DIR);
const content = loadContent();
const pages = loadBuiltPages(DIST_DIR);
const pageFiles = new Set(pages.map((page) => page.file));
const tables = availableSiteTables() as Required<ReturnType<typeof availableSiteTables>>;

/** A URL that leaves the site: an absolute http(s) or protocol-relative address. */
const OTHER_ORIGIN = /^(https?:)?\/\//i;

describe('the built site', () => {
	test.each(content.map((page) => [page.route || '/', page] as const))('has a page for %s', (_route, page) => {
		expect(pageFiles.has(`${page.route}index.html`)).toBe(true);
	});

	test.each(checkerArticleIds())('has the article %s that a checker links to', (id) => {
		expect(pageFiles.has(`${id}/index.html`)).toBe(true);
	});

	test('renders the asides (`:::note`) of the articles as Starlight asides, not as text', () => {
		const withAsides = content.filter((page) => /^:::\w+/m.test(page.body));
		expect(withAsides.length).toBeGreaterThan(0);
		for (const page of withAsides) {
			const html = readFileSync(join(DIST_DIR, `${page.route}index.html`), 'utf8');
			expect(html, page.route).toContain('class="starlight-aside');
			expect(html, page.route).not.toMatch(/<p>:::\w+/);
		}
	});

	test('has a Pagefind index covering every page', () => {
		expect(existsSync(join(DIST_DIR, 'pagefind/pagefind.js'))).toBe(true);
		const entry = JSON.parse(readFileSync(join(DIST_DIR, 'pagefind/pagefind-entry.json'), 'utf8'));
		const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
			(n, l) => n + l.page_count,
			0,
		);
		expect(indexed).toBeGreaterThanOrEqual(content.length);
	});

	test('has a sitemap, a favicon and a 404 page', () => {
		expect(existsSync(join(DIST_DIR, 'sitemap-index.xml'))).toBe(true);
		expect(existsSync(join(DIST_DIR, 'favicon.svg'))).toBe(true);
		expect(pageFiles.has('404.html')).toBe(true);
	});

	test.each(pages.map((page) => [page.file, page] as const))(
		'%s has a title, a description and a canonical URL',
		(file, page) => {
			expect(page.root.querySelector('title')?.text.trim()).toBeTruthy();
			expect(page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(
				20,
			);
			if (file !== '404.html')
				expect(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBeTruthy();
		},
	);

	test('every article exposes its category as a Pagefind filter', () => {
		for (const page of content.filter((p) => p.data.category)) {
			const built = pages.find((p) => p.file === `${page.route}index.html`)!;
			const filters = built.root
				.querySelectorAll('[data-pagefind-filter]')
				.map((el) => el.getAttribute('data-pagefind-filter'));
			const category = String(page.data.category);
			expect(isFailureCategory(category)).toBe(true);
			const label = tables[page.locale].categories[category as keyof typeof tables.en.categories].label;
			expect(filters, page.file).toEqual([`category:${label}`]);
		}
	});

	test('every article shows its "In short" first, right under the title', () => {
		const articles = content.filter((page) => page.data.category && !page.file.endsWith('index.mdx'));
		expect(articles.length).toBeGreaterThanOrEqual(28);
		for (const page of articles) {
			const built = pages.find((p) => p.file === `${page.route}index.html`)!;
			const body = built.root.querySelector('.sl-markdown-content');
			// The first visible element of the article body (the category filter span is hidden).
			const first = body?.childNodes.find(
				(node) =>
					'tagName' in node && !(node as unknown as { hasAttribute(n: string): boolean }).hasAttribute('hidden'),
			) as unknown as { classList: { contains(c: string): boolean }; text: string } | undefined;
			expect(first?.classList.contains('in-short'), page.file).toBe(true);
			// "In short:" in the page's language.
			expect(first?.text.replace(/\s+/g, ' ').trim()).toBe(
				`${tables[page.locale].article.inShort} ${String(page.data.inShort).trim()}`,
			);
		}
	});

	test('every checker an article asks for is embedded in it as an island', () => {
		const asked = content.filter((page) => Array.isArray(page.data.checkers) && page.data.checkers.length > 0);
		expect(asked.length).toBeGreaterThanOrEqual(8);
		for (const page of asked) {
			const built = pages.find((p) => p.file === `${page.route}index.html`)!;
			for (const checker of page.data.checkers as string[]) {
				const section = built.root.querySelector(`section.checker-widget[data-checker="${checker}"]`);
				expect(section?.querySelector('astro-island'), `${page.file}: ${checker}`).toBeTruthy();
				expect(section?.hasAttribute('data-pagefind-ignore'), `${page.file}: ${checker} is excluded from search`).toBe(
					true,
				);
			}
		}
	});

	test('no page references another origin for a script, style, font, image or frame', () => {
		const offenders = pages.flatMap((page) =>
			referencedUrls(page)
				// Links a reader clicks (<a href>) may point elsewhere; nothing the browser loads by itself may.
				.filter(({ tag, attribute }) => !(tag === 'a' && attribute === 'href'))
				// Canonical and sitemap links name the configured site, which is not loaded.
				.filter(({ tag, url }) => !(tag === 'link' && url.startsWith('http://localhost:4321/')))
				.filter(({ url }) => OTHER_ORIGIN.test(url))
				.map(({ tag, attribute, url }) => `${page.file}: <${tag} ${attribute}="${url}">`),
		);
		expect(offenders).toEqual([]);
	});

	test('no built CSS or JavaScript loads anything from another origin', () => {
		const offenders = listFiles(DIST_DIR)
			.filter((file) => /\.(css|js|mjs)$/.test(file))
			.flatMap((file) => {
				const text = readFileSync(join(DIST_DIR, file), 'utf8');
				const hits = [
					...text.matchAll(/@import\s+(?:url\()?["']?(https?:)?\/\/[^"')\s]+/gi),
					...text.matchAll(/url\(\s*["']?(https?:)?\/\/[^"')\s]+/gi),
					...text.matchAll(/\bimport\s*\(\s*["'](https?:)?\/\/[^"']+/gi),
					...text.matchAll(/\bfetch\s*\(\s*["'](https?:)?\/\/[^"']+/gi),
				];
				return hits.map((hit) => `${file}: ${hit[0]}`);
			});
		expect(offenders).toEqual([]);
	});

	test('every page links Stay safe in its language in its footer', () => {
		const missing = pages
			.filter((page) => {
				const href = `/${localePrefix(localeOfPath(page.file))}stay-safe/`;
				return !page.root.querySelector(`footer a[href="${href}"], .independence-notice a[href="${href}"]`);
			})
			.map((page) => page.file);
		expect(pages.length).toBeGreaterThanOrEqual(40);
		expect(missing).toEqual([]);
	});

	test('no page links to a lookalike of the exchange or an SEO site', () => {
		const offenders = pages.flatMap((page) =>
			referencedUrls(page)
				.filter(({ url }) => OTHER_ORIGIN.test(url) && isLookalikeHost(new URL(url, 'https://site').hostname))
				.map(({ url }) => `${page.file}: ${url}`),
		);
		expect(offenders).toEqual([]);
	});

	test('every internal link and anchor resolves', () => {
		const ids = new Map(
			pages.map((page) => [page.file, new Set(page.root.querySelectorAll('[id]').map((el) => el.id))]),
		);
		const broken: string[] = [];
		for (const page of pages) {
			const here = new URL(`/${page.file}`, 'http://site');
			for (const { tag, attribute, url } of referencedUrls(page)) {
				if (
					tag !== 'a' ||
					attribute !== 'href' ||
					OTHER_ORIGIN.test(url) ||
					/^(mailto|tel|javascript|data):/i.test(url)
				)
					continue;
				const target = new URL(url, here);
				let file = decodeURIComponent(target.pathname.slice(1));
				if (file === '' || file.endsWith('/')) file += 'index.html';
				const exists = pageFiles.has(file) || existsSync(join(DIST_DIR, file));
				if (!exists) broken.push(`${page.file}: ${url}`);
				else if (target.hash && ids.has(file) && !ids.get(file)!.has(decodeURIComponent(target.hash.slice(1)))) {
					broken.push(`${page.file}: ${url} (no such anchor)`);
				}
			}
		}
		expect(broken).toEqual([]);
	});
});

describe('the build for a sub-path (BASE_PATH=/kyc/)', () => {
	assertBuilt(DIST_KYC_DIR);
	const kycPages = loadBuiltPages(DIST_KYC_DIR);

	test('has the same pages', () => {
		expect(kycPages.map((page) => page.file).sort()).toEqual([...pageFiles].sort());
	});

	test('every root-relative link, script, style and image points under /kyc/', () => {
		const outside = kycPages.flatMap((page) =>
			referencedUrls(page)
				.filter(({ url }) => url.startsWith('/') && !url.startsWith('//'))
				.filter(({ url }) => !url.startsWith('/kyc/'))
				.map(({ tag, attribute, url }) => `${page.file}: <${tag} ${attribute}="${url}">`),
		);
		expect(outside).toEqual([]);
	});

	test('the search script loads Pagefind from the sub-path', () => {
		const scripts = listFiles(join(DIST_KYC_DIR, '_astro')).filter((file) => file.endsWith('.js'));
		const search = scripts
			.map((file) => readFileSync(join(DIST_KYC_DIR, '_astro', file), 'utf8'))
			.find((js) => js.includes('bundlePath'));
		expect(search).toMatch(/baseUrl:\s*[`'"]\/kyc\/[`'"]/);
		expect(existsSync(join(DIST_KYC_DIR, 'pagefind/pagefind.js'))).toBe(true);
	});
});
