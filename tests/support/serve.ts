import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeadersFile } from '../../src/deploy/headers';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

export interface StaticServer {
	/** The site's address, ending in the base path, e.g. `http://127.0.0.1:40123/kyc/`. */
	url: string;
	/** The server's origin, e.g. `http://127.0.0.1:40123`. */
	origin: string;
	/**
	 * While unreachable, every request is cut off as a dropped network would (the socket is closed
	 * unanswered): unlike Playwright's `setOffline`, this also reaches a service worker's own fetches.
	 */
	setReachable(reachable: boolean): void;
	close(): Promise<void>;
}

export interface ServeOptions {
	/**
	 * Send the headers of the build's `_headers` file (src/deploy/headers.ts) as Netlify and
	 * Cloudflare Pages do: every matching rule's headers. The file is read on each request, so a test
	 * can replace the build being served.
	 */
	headers?: boolean;
}

/**
 * Serves a built site on loopback the way a plain static host does: `/base/path/` maps to
 * `dir/path/index.html`, anything outside the base or missing gets the site's 404 page.
 */
export async function serveStatic(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	let reachable = true;
	const server: Server = createServer((req, res) => {
		if (!reachable) return void req.socket.destroy();
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const extra = (): Record<string, string> => {
			const file = join(dir, '_headers');
			return options.headers && existsSync(file)
				? headersFor(parseHeadersFile(readFileSync(file, 'utf8')), pathname)
				: {};
		};
		const notFound = () => {
			const page = join(dir, '404.html');
			res.writeHead(404, { ...extra(), 'content-type': TYPES['.html']! });
			if (existsSync(page)) createReadStream(page).pipe(res);
			else res.end('Not found');
		};
		if (!pathname.startsWith(prefix)) return notFound();
		const rel = normalize(pathname.slice(prefix.length)).replace(/^(\.\.(\/|\\|$))+/, '');
		let file = join(dir, rel);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file) || !statSync(file).isFile()) return notFound();
		res.writeHead(200, { ...extra(), 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		url: `${origin}${prefix}`,
		origin,
		setReachable(value) {
			reachable = value;
			if (!value) server.closeIdleConnections();
		},
		close: () => new Promise<void>((done) => server.close(() => done())),
	};
}
