import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import type { PluginOption } from 'vite';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { ENABLED_LOCALES } from './src/i18n/locales';
import { availableSiteTables } from './src/i18n/site';
import { enabledTables, sidebar, siteTitle, starlightLocales } from './src/i18n/starlight';
import { contentSecurityPolicy } from './src/security/csp';
import { normalizeBasePath } from './src/lib/site-paths';
import { deployFiles } from './src/deploy/integration';

/**
 * `SITE_URL` and `BASE_PATH` let the same build go to any static host, at the root of a
 * domain or under a sub-path (`BASE_PATH=/kyc/ npm run build`).
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normalizeBasePath(process.env.BASE_PATH);

/** The interface words of every enabled language (src/i18n/site/); a missing table stops the build. */
const tables = enabledTables(ENABLED_LOCALES, availableSiteTables());

/**
 * One content cache per output folder: builds into different folders (`dist/`, `dist-kyc/`, a
 * developer's `/tmp/…`) can then run at the same time without corrupting each other's data store.
 */
const outDirFlag = process.argv.indexOf('--outDir');
const cacheDir =
	outDirFlag > 0 && process.argv[outDirFlag + 1]
		? `./node_modules/.astro/out-${process.argv[outDirFlag + 1]!.replace(/[^a-z0-9]+/gi, '-')}`
		: undefined;

/**
 * Starlight creates its search dialog with `new PagefindUI(…)` from `@pagefind/default-ui`. This
 * plugin points that import at src/scripts/pagefind-ui-understanding.ts, which wraps the real UI
 * with the site's query understanding; the wrapper's own import of the package resolves normally.
 */
function pagefindUiWithUnderstanding(): PluginOption {
	const wrapper = fileURLToPath(new URL('./src/scripts/pagefind-ui-understanding.ts', import.meta.url));
	return {
		name: 'kyc:pagefind-ui-understanding',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source !== '@pagefind/default-ui' || !importer) return null;
			return importer.split('?')[0] === wrapper ? null : wrapper;
		},
	};
}

export default defineConfig({
	site,
	base,
	vite: {
		// Starlight's search dialog gets the site's query understanding (corrections, synonyms).
		plugins: [pagefindUiWithUnderstanding()],
		// Workers as ES modules (they are started with `type: 'module'`), so what a worker imports
		// dynamically (the document model, the face model's runtime) is a chunk of its own, fetched when
		// the worker needs it, not part of the worker's script.
		worker: { format: 'es' },
	},
	...(cacheDir ? { cacheDir } : {}),
	trailingSlash: 'always',
	// A CSP <meta> on every page: nothing loads from or goes to another origin (src/security/csp.ts).
	security: { csp: contentSecurityPolicy(fileURLToPath(new URL('.', import.meta.url))) },
	// Stylesheets as files, never inlined: Astro leaves the inlined CSS of islands embedded in MDX
	// out of the CSP's hashes, so the browser would drop it; files are allowed as 'self'.
	build: { inlineStylesheets: 'never' },
	integrations: [
		starlight({
			title: siteTitle(ENABLED_LOCALES, tables),
			// English at the root (today's addresses), each enabled language in its folder
			// (src/i18n/locales.ts). Starlight adds the language picker and hreflang alternates; no
			// page redirects by the browser's language.
			locales: starlightLocales(ENABLED_LOCALES),
			description:
				'Why your identity verification (KYC) was rejected and how to fix it before the next try. An independent guide with private, in-browser checkers.',
			favicon: '/favicon.svg',
			head: [
				// Installable, with icons (public/manifest.webmanifest; scripts/make-icons.mjs makes the PNGs).
				{ tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` } },
				{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}icons/apple-touch-icon.png` } },
				{ tag: 'meta', attrs: { name: 'theme-color', content: '#0b5cad' } },
				// As the Referrer-Policy header in dist/_headers, for hosts that cannot send headers (GitHub Pages).
				{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } },
			],
			lastUpdated: false,
			credits: false,
			pagination: true,
			customCss: ['./src/styles/custom.css', './src/styles/print.css'],
			components: {
				Footer: './src/components/Footer.astro',
				// Adds the link to the page's language's OpenSearch description ("Add as a search engine").
				Head: './src/components/Head.astro',
				MarkdownContent: './src/components/MarkdownContent.astro',
				// The search button's accessible name includes its visible "Ctrl K" hint (WCAG 2.5.3).
				Search: './src/components/Search.astro',
			},
			sidebar: sidebar(ENABLED_LOCALES, tables),
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: false, errorOnLocalLinks: false })],
		}),
		preact(),
		// Last: it writes sw.js and _headers from the finished build, Pagefind index included.
		deployFiles(),
	],
});
