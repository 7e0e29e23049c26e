/**
 * The Content-Security-Policy of the built pages (see src/security/csp.ts): every page carries one,
 * it allows every inline script and style the page has (and nothing else inline), and none of its
 * directives lets the page reach another origin.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { DIST_DIR, DIST_KYC_DIR, assertBuilt } from '../support/dist';
import { loadBuiltPages, type BuiltPage } from '../support/html';

/** A parsed policy: directive name to its source expressions. */
type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** The sources that govern a fetch, following CSP's fallback chain (e.g. script-src-elem → script-src → default-src). */
function effective(policy: Policy, ...chain: string[]): string[] {
	for (const name of chain) {
		const sources = policy.get(name);
		if (sources) return sources;
	}
	return [];
}

/** The hash source a browser computes for an inline script or style body. */
function sha256(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** Inline `<script>` and `<style>` elements of a page, with their raw attribute text and body. */
function inlineBlocks(html: string, tag: 'script' | 'style'): Array<{ attributes: string; body: string }> {
	const blocks: Array<{ attributes: string; body: string }> = [];
	for (const [, attributes = '', body = ''] of html.matchAll(
		new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'),
	)) {
		if (tag === 'script' && /\bsrc\s*=/.test(attributes)) continue;
		blocks.push({ attributes, body });
	}
	return blocks;
}

/** Script types the browser does not run (data blocks), so no policy applies to them. */
const DATA_BLOCK = /\btype\s*=\s*["']?(application\/(ld\+)?json|importmap-never|text\/template)/i;

/**
 * Source expressions that allow no other origin. Hosts, `*`, `http:`/`https:` and anything not listed
 * here fail. `'unsafe-inline'` is allowed only for `style="…"` attributes (`style-src-attr`).
 */
const SAFE_SOURCE = /^('self'|'none'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|data:|blob:)$/;

/** Fetch directives that must be present, so nothing falls back to "anything goes". */
const REQUIRED = [
	'default-src',
	'script-src',
	'style-src',
	'img-src',
	'font-src',
	'connect-src',
	'worker-src',
	'object-src',
	'base-uri',
	'form-action',
];

function cspOf(page: BuiltPage): { text: string; policy: Policy } | undefined {
	const metas = page.root
		.querySelectorAll('meta')
		.filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
	if (metas.length !== 1) return undefined;
	const text = metas[0]!.getAttribute('content') ?? '';
	return { text, policy: parsePolicy(text) };
}

describe.each([
	['the root build', DIST_DIR],
	['the /kyc/ build', DIST_KYC_DIR],
])('the Content-Security-Policy of %s', (_name, dir) => {
	assertBuilt(dir);
	const pages = loadBuiltPages(dir);

	test.each(pages.map((page) => [page.file, page] as const))(
		'%s: one CSP meta in the head, before any external script',
		(_file, page) => {
			expect(cspOf(page), 'exactly one <meta http-equiv="content-security-policy">').toBeDefined();
			expect(page.root.querySelector('head meta[http-equiv="content-security-policy"]')).not.toBeNull();
			// A meta policy covers only what follows it. Astro writes it after Starlight's theme script,
			// which is inline and whose hash the next test requires all the same; nothing loaded from
			// a URL may come before it.
			const head = page.html.slice(0, page.html.search(/<meta\s+http-equiv="content-security-policy"/i));
			expect(head).not.toMatch(/<script\b[^>]*\bsrc\s*=/i);
			expect(head).not.toMatch(/<(iframe|object|embed|img)\b/i);
		},
	);

	test.each(pages.map((page) => [page.file, page] as const))(
		'%s: every inline script and style is allowed by hash',
		(_file, page) => {
			const { policy } = cspOf(page)!;
			const scriptSources = effective(policy, 'script-src-elem', 'script-src', 'default-src');
			const styleSources = effective(policy, 'style-src-elem', 'style-src', 'default-src');
			const blocked = [
				...inlineBlocks(page.html, 'script')
					.filter(({ attributes }) => !DATA_BLOCK.test(attributes))
					.filter(({ body }) => !scriptSources.includes(sha256(body)))
					.map(({ body }) => `script ${sha256(body)}: ${body.trim().slice(0, 80)}`),
				...inlineBlocks(page.html, 'style')
					.filter(({ body }) => !styleSources.includes(sha256(body)))
					.map(({ body }) => `style ${sha256(body)}: ${body.trim().slice(0, 80)}`),
			];
			expect(blocked).toEqual([]);
			// Inline scripts are allowed by hash only, never wholesale.
			expect(scriptSources).not.toContain("'unsafe-inline'");
			expect(scriptSources).not.toContain("'unsafe-eval'");
		},
	);

	test.each(pages.map((page) => [page.file, page] as const))(
		'%s: no inline event handlers (the policy would block them)',
		(_file, page) => {
			const handlers = page.root.querySelectorAll('*').flatMap((element) =>
				Object.keys(element.attributes)
					.filter((name) => /^on[a-z]+$/i.test(name))
					.map((name) => `<${element.rawTagName} ${name}>`),
			);
			expect(handlers).toEqual([]);
		},
	);

	test.each(pages.map((page) => [page.file, page] as const))(
		'%s: no directive allows another origin',
		(_file, page) => {
			const { policy } = cspOf(page)!;
			for (const name of REQUIRED) expect(policy.has(name), `${name} is set`).toBe(true);
			expect(policy.get('object-src')).toEqual(["'none'"]);
			const unsafe = [...policy].flatMap(([name, sources]) =>
				sources
					.filter((source) => !SAFE_SOURCE.test(source))
					.filter((source) => !(name === 'style-src-attr' && source === "'unsafe-inline'"))
					.map((source) => `${name} ${source}`),
			);
			expect(unsafe).toEqual([]);
		},
	);
});
