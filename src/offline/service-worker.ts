/// <reference lib="webworker" />
/**
 * The service worker: the guide keeps working offline after the first visit.
 *
 * The build bundles this file with the list of files to keep (`self.__WB_MANIFEST`, from
 * workbox-build over the built site) into `sw.js` at the site's base: see
 * src/deploy/service-worker-build.ts for what is on the list and why.
 *
 * Updates never leave a reader on a mix of two versions:
 * - a new worker takes over at once (skipWaiting, clientsClaim), having first stored every file of
 *   its version (Workbox's precache installs all or nothing);
 * - pages come from the network first, so a reader online always gets the current pages, and the
 *   hashed files those name are either stored already or fetched; offline (or after a timeout) a
 *   page comes from the stored version, whose files are all stored with it;
 * - hashed files (`_astro/`) are kept in a cache of their own, pruned to the current and the
 *   previous version: a tab opened before an update can still load the checker code it asks for
 *   later, because files of its version stay until the next update after that.
 */
import { clientsClaim } from 'workbox-core';
import { addRoute, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { HASHED_PREFIX, NETWORK_MESSAGE, NETWORK_QUESTION, isOnDemand, pageFile } from './cache-rules';

// `self.__WB_MANIFEST` (typed by workbox-precaching) is replaced by the list of files every language
// needs when the build bundles this file, `__KYC_LANGUAGE_MANIFESTS` by each language's own files.
declare const self: ServiceWorkerGlobalScope;
declare const __KYC_LANGUAGE_MANIFESTS: Record<string, Array<{ url: string; revision: string | null }>>;

/** Cache names; Workbox's precache has its own (`workbox-precache-v2-<scope>`). */
const HASHED_CACHE = 'kyc-hashed';
const PAGES_CACHE = 'kyc-pages';
const ON_DEMAND_CACHE = 'kyc-on-demand';
const OTHER_CACHE = 'kyc-other';
/** Where the list of the previous version's hashed files is kept between updates. */
const PREVIOUS_HASHED = 'kyc-meta';
const PREVIOUS_HASHED_KEY = 'previous-hashed.json';

/**
 * How long a page waits for the network before the stored copy is shown: on a poor mobile
 * connection a reader gets the page in seconds rather than a spinner (the stored copy is of the
 * active version, complete with its files).
 */
const NETWORK_TIMEOUT_SECONDS = 4;

const scope = self.registration.scope;
const inScope = (url: URL) => url.href.startsWith(scope);
/**
 * The reader's language: the page that registered the worker names it (`sw.js?lang=es`, see
 * src/offline/register.ts). Its pages, search vocabulary and Pagefind index are stored with the
 * files every language needs; another language's pages are kept as they are visited. A reader who
 * switches language registers the worker again with the other language, which then replaces it.
 */
const language = new URL(self.location.href).searchParams.get('lang') ?? 'en';
const ownLanguage = __KYC_LANGUAGE_MANIFESTS[language] ?? __KYC_LANGUAGE_MANIFESTS.en ?? [];
const manifest = [...self.__WB_MANIFEST, ...ownLanguage].map((entry) =>
	typeof entry === 'string' ? { url: entry, revision: null } : entry,
);
const hashed = manifest
	.filter((entry) => entry.url.startsWith(HASHED_PREFIX))
	.map((entry) => new URL(entry.url, scope).href);

/**
 * Whether the network answered the last time it was tried (undefined: not tried yet). Pages ask for
 * it (src/offline/register.ts) to say they came from storage: `navigator.onLine` stays true on a
 * network that reaches nothing, the usual case on a poor mobile connection.
 */
let networkReachable: boolean | undefined;

/** Records a network outcome and tells open pages when it changes. */
function reportNetwork(reachable: boolean): void {
	if (reachable === networkReachable) return;
	networkReachable = reachable;
	void self.clients.matchAll({ type: 'window' }).then((clients) => {
		for (const client of clients) client.postMessage({ type: NETWORK_MESSAGE, reachable });
	});
}

self.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === NETWORK_QUESTION) {
		event.source?.postMessage({ type: NETWORK_MESSAGE, reachable: networkReachable ?? true });
	}
});

/**
 * A Workbox plugin that reports a failed fetch of a strategy. Only failures: a file the host marks
 * immutable (every hashed file) comes back from the browser's HTTP cache with no network at all, so a
 * success says nothing about the network. Page loads, which the host makes revalidate, report both.
 */
const networkReporter = {
	fetchDidFail: async () => reportNetwork(false),
};

self.skipWaiting();
clientsClaim();

// Everything but the hashed files, with Workbox's revisions: an update downloads only what changed.
precache(manifest.filter((entry) => !entry.url.startsWith(HASHED_PREFIX)));

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(HASHED_CACHE);
			const stored = new Set((await cache.keys()).map((request) => request.url));
			// A hashed name never changes content: a file already stored is never fetched again.
			await cache.addAll(hashed.filter((url) => !stored.has(url)));
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const meta = await caches.open(PREVIOUS_HASHED);
			const previous: string[] = (await (await meta.match(PREVIOUS_HASHED_KEY))?.json()) ?? [];
			const keep = new Set([...hashed, ...previous]);
			const cache = await caches.open(HASHED_CACHE);
			for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
			await meta.put(PREVIOUS_HASHED_KEY, new Response(JSON.stringify(hashed)));
		})(),
	);
});

/** The stored copy of a page: this version's (precached), else one kept from a visit, else undefined. */
async function storedPage(request: Request): Promise<Response | undefined> {
	return (await matchPrecache(pageFile(request.url))) ?? (await caches.match(request, { cacheName: PAGES_CACHE }));
}

/**
 * Pages: the network first; a successful answer is also kept for later. When the network fails, or
 * is slower than NETWORK_TIMEOUT_SECONDS and a stored copy exists, the stored copy; a page never
 * stored gets the site's 404 page when offline.
 */
registerRoute(
	({ request, url }) => request.mode === 'navigate' && inScope(url),
	async ({ request, event }) => {
		const network = fetch(request).then(async (response) => {
			reportNetwork(true);
			if (response.ok) await (await caches.open(PAGES_CACHE)).put(request, response.clone());
			return response;
		});
		(event as ExtendableEvent).waitUntil(network.catch(() => reportNetwork(false)));
		const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), NETWORK_TIMEOUT_SECONDS * 1000));
		const first = await Promise.race([network.catch(() => 'failed' as const), timeout]);
		if (first instanceof Response) return first;
		const stored = await storedPage(request);
		if (stored) return stored;
		if (first === 'timeout') {
			try {
				return await network;
			} catch {
				// Failed after the timeout: as offline.
			}
		}
		const notFound = await matchPrecache(new URL('404.html', scope).href);
		if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
		return Response.error();
	},
);

// Large files a checker loads on use (models, OCR data): stored the first time, then read from here.
registerRoute(
	({ url }) => inScope(url) && isOnDemand(url.pathname),
	new CacheFirst({ cacheName: ON_DEMAND_CACHE, plugins: [networkReporter] }),
);

// Hashed files: from HASHED_CACHE (filled on install); one not stored (an image, another version's chunk) is fetched and kept.
registerRoute(
	({ url }) => inScope(url) && url.href.startsWith(new URL(HASHED_PREFIX, scope).href),
	new CacheFirst({ cacheName: HASHED_CACHE, plugins: [networkReporter] }),
);

// The rest of the stored files (search index, icons, manifest), from the precache. Pagefind asks for
// its entry file with a cache-busting `?ts=`, which must not make it miss the stored copy.
addRoute({ ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/] });

// Anything else of the site's own (files not on the list): the network, else the last copy.
registerRoute(
	({ url, request }) => inScope(url) && request.method === 'GET',
	new NetworkFirst({ cacheName: OTHER_CACHE, plugins: [networkReporter] }),
);
