/** The URL of a docs entry under the configured base path, with the trailing slash the site uses. */
export function articleHref(id: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const path = id === 'index' ? '' : `${id.replace(/\/index$/, '')}/`;
	return `${base}${path}`;
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
