import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

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
	'.xml': 'application/xml',
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
	close(): Promise<void>;
}

/**
 * Serves a built site on loopback the way a plain static host does: `/base/path/` maps to
 * `dir/path/index.html`, anything outside the base or missing gets the site's 404 page.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const server: Server = createServer((req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const notFound = () => {
			const page = join(dir, '404.html');
			res.writeHead(404, { 'content-type': TYPES['.html']! });
			if (existsSync(page)) createReadStream(page).pipe(res);
			else res.end('Not found');
		};
		if (!pathname.startsWith(prefix)) return notFound();
		const rel = normalize(pathname.slice(prefix.length)).replace(/^(\.\.(\/|\\|$))+/, '');
		let file = join(dir, rel);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file) || !statSync(file).isFile()) return notFound();
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		url: `${origin}${prefix}`,
		origin,
		close: () => new Promise<void>((done) => server.close(() => done())),
	};
}
