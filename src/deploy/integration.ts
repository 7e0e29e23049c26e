/**
 * The Astro integration that readies a build for any static host: after the build (and after
 * Starlight has written the Pagefind index, so it must come after Starlight in `integrations`), it
 * writes `sw.js` (src/deploy/service-worker-build.ts) and then `_headers` (src/deploy/headers.ts);
 * on every page it loads src/offline/register.ts, which registers the worker and shows the
 * offline notice.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, headerRules } from './headers';
import { firstVisitByLanguage, writeServiceWorker } from './service-worker-build';
import { listFiles } from './list-files';
import { withTrailingSlash } from '../lib/site-paths';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** `sw.js`, `_headers` and the page script that registers the worker. */
export function deployFiles(): AstroIntegration {
	let base = '/';
	return {
		name: 'kyc-deploy-files',
		hooks: {
			'astro:config:setup': ({ injectScript }) => {
				// A module script bundled by Vite into `_astro/`: allowed by the CSP as 'self', never inline.
				injectScript(
					'page',
					`import ${JSON.stringify(fileURLToPath(new URL('../offline/register.ts', import.meta.url)))};`,
				);
				// Its styles: CSS is linked on every page only when imported at the 'page-ssr' stage.
				injectScript(
					'page-ssr',
					`import ${JSON.stringify(fileURLToPath(new URL('../offline/offline-notice.css', import.meta.url)))};`,
				);
			},
			'astro:config:done': ({ config }) => {
				base = withTrailingSlash(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const list = await writeServiceWorker(out);
				for (const warning of list.warnings) logger.warn(warning);
				for (const [locale, visit] of Object.entries(firstVisitByLanguage(out, list))) {
					logger.info(
						`sw.js stores ${visit.files} files on a first visit in ${locale}: ${kB(visit.bytes)} (${kB(visit.gzipBytes)} gzip)`,
					);
				}
				const rules = headerRules(out, base, listFiles(out));
				writeFileSync(`${out}/_headers`, formatHeadersFile(rules));
				logger.info(`_headers: ${rules.length} rules for ${base}`);
			},
		},
	};
}
