/**
 * The configured base path with exactly one trailing slash (`/` or `/kyc/`). Astro's `BASE_URL`
 * has one or not depending on the configuration; every URL the site builds starts from this.
 */
export function basePath(): string {
	return withTrailingSlash(import.meta.env.BASE_URL);
}

/** A deployer's `BASE_PATH`: `kyc`, `/kyc` and `/kyc/` all mean the sub-path `/kyc/`; empty means the root. */
export function normalizeBasePath(value: string | undefined): string {
	const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** `value` ending in exactly one slash. */
export function withTrailingSlash(value: string): string {
	return value.replace(/\/*$/, '/');
}

/** The URL of a docs entry under the configured base path, with the trailing slash the site uses. */
export function articleHref(id: string): string {
	const path = id === 'index' ? '' : `${id.replace(/\/index$/, '')}/`;
	return `${basePath()}${path}`;
}

interface Ordered {
	id: string;
	data: { title: string; sidebar?: { order?: number } };
}

/** Sidebar order first (as in the sidebar), then title. */
export function byOrder(a: Ordered, b: Ordered): number {
	const orderA = a.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER;
	const orderB = b.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER;
	return orderA - orderB || a.data.title.localeCompare(b.data.title);
}
