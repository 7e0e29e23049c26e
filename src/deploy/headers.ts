/**
 * The `_headers` file (Netlify, Cloudflare Pages) the build writes into the output folder, and a
 * reader of that format for the test server (tests/support/serve.ts).
 *
 * The Content-Security-Policy header is read back from the `<meta>` policies Astro wrote into the
 * built pages (from src/security/csp.ts), not written a second time: whatever the meta policy
 * allows, the header allows, including the hashes of inline scripts and whatever a new checker adds
 * to CSP_DIRECTIVES. A header can say what a meta cannot: `frame-ancestors`, and it also governs
 * what a meta policy never reaches, the workers (a worker's policy comes from its own response).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A policy: directive name to its source expressions, in the order they were written. */
export type Policy = Map<string, string[]>;

/** Parses a serialized policy (`default-src 'self'; img-src …`). */
export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** Serializes a policy the way browsers and hosts expect it: `name source source; name …`. */
export function serializePolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The `content` of a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(html: string): string | undefined {
	const tag = html.match(/<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i)?.[0];
	const content = tag?.match(/\bcontent\s*=\s*"([^"]*)"/i)?.[1] ?? tag?.match(/\bcontent\s*=\s*'([^']*)'/i)?.[1];
	return content
		?.replace(/&#39;|&#x27;|&apos;/gi, "'")
		.replace(/&quot;/gi, '"')
		.replace(/&amp;/gi, '&');
}

/**
 * One policy that allows what every page's policy allows: the union of each directive's sources.
 * Astro writes the same policy on every page today; if pages ever differ (a hash only one page
 * needs), the header, which the browser enforces alongside each page's meta, must not block it.
 */
export function unionPolicy(policies: Policy[]): Policy {
	const union: Policy = new Map();
	for (const policy of policies) {
		for (const [name, sources] of policy) {
			const known = union.get(name) ?? [];
			union.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
		}
	}
	return union;
}

/** What a header policy adds to the pages' meta policy: no site may put our pages in a frame. */
export const HEADER_ONLY_DIRECTIVES: Policy = new Map([['frame-ancestors', ["'none'"]]]);

/** The headers every response carries, besides the CSP (see README "Deploying"). */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
	// Browsers must not guess a type: a photo or text file is never run as a script.
	['X-Content-Type-Options', 'nosniff'],
	// No address of ours goes to another site in the Referer header (there are no links out that need it).
	['Referrer-Policy', 'no-referrer'],
	// The camera for the site itself (the selfie and document checks); nothing else for anyone.
	['Permissions-Policy', 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()'],
	// The older twin of `frame-ancestors 'none'`, for browsers that predate CSP level 2.
	['X-Frame-Options', 'DENY'],
];

/** Hashed file names never change content: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and the service worker: always revalidated, so a new version is seen on the next visit. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** A rule of a `_headers` file: a path pattern and the headers for what it matches. */
export interface HeaderRule {
	path: string;
	headers: Array<[string, string]>;
}

/**
 * The rules for a built site in `dir`, served under `base` (`/` or `/kyc/`):
 * - every path: the CSP (the pages' policy plus `frame-ancestors 'none'`) and SECURITY_HEADERS;
 * - hashed files (`_astro/*`, Pagefind's index, fragments, filters and metadata): IMMUTABLE;
 * - each page and the service worker: REVALIDATE.
 * Rules for Cache-Control never overlap, since hosts join a header set by two rules with a comma.
 */
export function headerRules(dir: string, base: string, files: string[]): HeaderRule[] {
	const pages = files.filter((file) => file.endsWith('.html'));
	const policies = pages.map((file) => {
		const text = metaPolicy(readFileSync(join(dir, file), 'utf8'));
		if (!text) throw new Error(`${file} has no Content-Security-Policy <meta>; every page must carry one.`);
		return parsePolicy(text);
	});
	if (policies.length === 0) throw new Error(`No pages in ${dir}: build the site before writing its headers.`);
	const csp = serializePolicy(unionPolicy([...policies, HEADER_ONLY_DIRECTIVES]));

	const rules: HeaderRule[] = [
		{
			path: `${base}*`,
			headers: [['Content-Security-Policy', csp], ...SECURITY_HEADERS.map(([n, v]) => [n, v] as [string, string])],
		},
	];
	const immutable = (path: string) => rules.push({ path, headers: [['Cache-Control', IMMUTABLE]] });
	immutable(`${base}_astro/*`);
	for (const folder of ['fragment', 'index', 'filter']) {
		if (files.some((file) => file.startsWith(`pagefind/${folder}/`))) immutable(`${base}pagefind/${folder}/*`);
	}
	// Pagefind's metadata is named for its content (`pagefind.en_376d13e4bc.pf_meta`).
	for (const file of files.filter((file) => /^pagefind\/[^/]+\.pf_meta$/.test(file))) immutable(`${base}${file}`);

	const revalidate = (path: string) => rules.push({ path, headers: [['Cache-Control', REVALIDATE]] });
	for (const file of pages) revalidate(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`);
	if (files.includes('sw.js')) revalidate(`${base}sw.js`);
	return rules;
}

/** The text of a `_headers` file. */
export function formatHeadersFile(rules: HeaderRule[]): string {
	const header = '# Written by the build (src/deploy/headers.ts): see README "Deploying".\n';
	return (
		header +
		rules.map((rule) => [rule.path, ...rule.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n') +
		'\n'
	);
}

/** Reads a `_headers` file: a path at the start of a line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not under a path or has no "Name: value".`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/** Whether a rule's path matches a URL path: exact, or a `*` splat matching any rest (as Netlify and Cloudflare do). */
export function ruleMatches(rulePath: string, pathname: string): boolean {
	const pattern = rulePath
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('.*');
	return new RegExp(`^${pattern}$`).test(pathname);
}

/** The headers a host sends for a URL path: those of every matching rule, joined with a comma when a name repeats. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules.filter((rule) => ruleMatches(rule.path, pathname))) {
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
		}
	}
	return out;
}
