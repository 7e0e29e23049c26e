/**
 * On every page (a bundled module, so the CSP allows it as 'self'): registers the service worker
 * that keeps the guide working offline (src/offline/service-worker.ts, built to `sw.js` at the
 * site's base), and tells the reader when they are offline that the guide and its checkers still
 * work.
 */
import { basePath } from '../lib/site-paths';
import { localeOfPath } from '../i18n/paths';
import { CLIENT_MESSAGES_ID, readPageMessages, type ClientMessages } from '../i18n/site/client';
import { NETWORK_MESSAGE, NETWORK_QUESTION } from './cache-rules';

const base = basePath();

// `sw.js` exists only in a build. Registered after the page has loaded, so that storing the guide
// for offline use never competes with the page the reader opened.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	const register = () => {
		// The page's language: the worker stores that language's pages and search index (and the rest).
		const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : '';
		navigator.serviceWorker.register(`${base}sw.js?lang=${localeOfPath(path)}`, { scope: base }).catch(() => {
			// Private modes and some embedded browsers refuse service workers: the site still works online.
		});
	};
	if (document.readyState === 'complete') register();
	else window.addEventListener('load', register, { once: true });
}

const NOTICE_ID = 'offline-notice';

/**
 * What the notice says, in the page's language (the footer hands the words over): whether the guide
 * has been stored for offline use decides what still opens. Null on a page without the words.
 */
function noticeText(stored: boolean): [string, string] | null {
	const words = readPageMessages<ClientMessages>(CLIENT_MESSAGES_ID)?.offline;
	if (!words) return null;
	return [words.title, stored ? words.stored : words.notStored];
}

/**
 * Whether the service worker found the network unreachable when it last tried (it served this page
 * from storage, say). `navigator.onLine` alone is not enough: it stays true on a Wi-Fi or mobile
 * network that reaches nothing.
 */
let unreachable = false;

/** Shows or hides the notice at the top of the page's main content. */
function update(): void {
	const existing = document.getElementById(NOTICE_ID);
	if (navigator.onLine && !unreachable) {
		existing?.remove();
		return;
	}
	if (existing) return;
	const main = document.querySelector('main');
	if (!main) return;
	const notice = document.createElement('div');
	notice.id = NOTICE_ID;
	notice.className = 'offline-notice';
	// A status message: screen readers announce it without moving focus (WCAG 4.1.3).
	notice.setAttribute('role', 'status');
	notice.setAttribute('data-pagefind-ignore', '');
	const text = noticeText(Boolean(navigator.serviceWorker?.controller));
	if (!text) return;
	const [title, detail] = text;
	const strong = document.createElement('strong');
	strong.textContent = title;
	notice.append(strong, ` ${detail}`);
	main.prepend(notice);
}

update();
if ('serviceWorker' in navigator) {
	navigator.serviceWorker.addEventListener('message', (event) => {
		const data = event.data as { type?: string; reachable?: boolean } | null;
		if (data?.type !== NETWORK_MESSAGE) return;
		unreachable = data.reachable === false;
		update();
	});
	navigator.serviceWorker.startMessages();
	navigator.serviceWorker.controller?.postMessage({ type: NETWORK_QUESTION });
}
window.addEventListener('online', update);
window.addEventListener('offline', update);
