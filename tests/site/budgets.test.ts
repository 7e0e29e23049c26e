/**
 * JavaScript budgets on the built site (gzip): what a page loads before any widget hydrates, and
 * what each widget adds when it does. How the numbers are counted: tests/support/js-weight.ts.
 * `npm run bench` prints the same numbers (bench/budgets.bench.ts).
 */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { DIST_DIR, ROOT, assertBuilt, listFiles } from '../support/dist';
import { ENABLED_LOCALES } from '../../src/i18n/locales';
import { localePrefix } from '../../src/i18n/paths';
import {
	BuildReader,
	EXPECTED_WIDGETS,
	PAGE_BUDGET,
	WIDGET_BUDGET,
	WIDGET_LOGIC_BUDGET,
	kB,
	type WidgetWeight,
} from '../support/js-weight';

assertBuilt(DIST_DIR);
const reader = new BuildReader(DIST_DIR);
const pages = listFiles(DIST_DIR)
	.filter((file) => file.endsWith('.html'))
	.map((file) => reader.measurePage(file));

/**
 * The guide's pages (everything Starlight renders from src/content/docs, in every enabled
 * language) are held to the page budget. Pages of their own in src/pages (the /search/ results
 * page, once per language from `[...locale]/`) are tools with their own scripts; `npm run bench`
 * reports them.
 */
const OWN_PAGES = new Set(
	listFiles(join(ROOT, 'src/pages'))
		.filter((file) => file.endsWith('.astro'))
		.map((file) => file.replace(/\.astro$/, '').replace(/(^|\/)index$/, ''))
		.flatMap((route) =>
			route.startsWith('[...locale]')
				? ENABLED_LOCALES.map((locale) => `${localePrefix(locale)}${route.replace(/^\[\.\.\.locale\]\/?/, '')}`)
				: [route],
		)
		.map((route) => (route === '' ? 'index.html' : `${route.replace(/\/$/, '')}/index.html`)),
);
const guidePages = pages.filter((page) => !OWN_PAGES.has(page.page));

/** Each widget, measured on the page where it adds the most (normally the same everywhere). */
const widgets = new Map<string, WidgetWeight & { page: string }>();
for (const page of pages) {
	for (const widget of page.widgets) {
		const known = widgets.get(widget.name);
		if (!known || widget.gzip > known.gzip) widgets.set(widget.name, { ...widget, page: page.page });
	}
}

function breakdown(files: Map<string, number>): string {
	return [...files]
		.sort((a, b) => b[1] - a[1])
		.map(([file, size]) => `${file} ${kB(size)}`)
		.join(', ');
}

describe('JavaScript budgets (gzip)', () => {
	test.each(guidePages.map((page) => [page.page, page] as const))(
		`%s loads <= ${kB(PAGE_BUDGET)} before any widget hydrates`,
		(_file, page) => {
			expect(
				page.gzip,
				`${kB(page.gzip)}: inline ${kB(page.inlineGzip)}, ${breakdown(page.files)}`,
			).toBeLessThanOrEqual(PAGE_BUDGET);
		},
	);

	test('the page count is not fooled: every page loads some JavaScript and the search UI is counted', () => {
		const glare = pages.find((page) => page.page === 'document-quality/glare/index.html');
		expect(glare).toBeDefined();
		// Starlight's search UI (Pagefind Default UI) is a dynamic import fired on idle.
		expect([...glare!.files.keys()].some((file) => /ui-core|pagefind/i.test(file))).toBe(true);
		expect(glare!.gzip).toBeGreaterThan(10_000);
	});

	describe.each(EXPECTED_WIDGETS)('%s', (name) => {
		const widget = widgets.get(name);
		if (!widget) console.warn(`Budget of ${name} skipped: no built page embeds it yet.`);

		test.skipIf(!widget)(
			`adds <= ${kB(WIDGET_BUDGET)} when it hydrates (its checking logic and workers reported on their own)`,
			() => {
				const onHydration = widget!.gzip - widget!.onUse.gzip;
				expect(
					onHydration,
					`${kB(onHydration)} on ${widget!.page}: ${breakdown(widget!.files)}; on first use ${kB(widget!.onUse.gzip)}`,
				).toBeLessThanOrEqual(WIDGET_BUDGET);
			},
		);

		test.skipIf(!widget)(`fetches <= ${kB(WIDGET_LOGIC_BUDGET)} more on first use`, () => {
			console.log(
				`${name}: ${kB(widget!.gzip - widget!.onUse.gzip)} on hydration, ${kB(widget!.onUse.gzip)} on first use (${[...widget!.onUse.files.keys()].join(', ') || 'nothing'})`,
			);
			expect(widget!.onUse.gzip).toBeLessThanOrEqual(WIDGET_LOGIC_BUDGET);
		});
	});

	test.skipIf(!widgets.has('PhotoChecker'))("the photo checker's worker is found, and reported on its own", () => {
		const workers = widgets.get('PhotoChecker')!.workers;
		expect(workers.length).toBeGreaterThan(0);
		for (const worker of workers)
			console.log(`PhotoChecker worker ${worker.file}: ${kB(worker.gzip)} gzip (${breakdown(worker.files)})`);
	});

	test('every other island on the site keeps the widget budget too', () => {
		const others = [...widgets.values()].filter(
			(widget) => !(EXPECTED_WIDGETS as readonly string[]).includes(widget.name),
		);
		const over = others
			.filter((widget) => widget.gzip > WIDGET_BUDGET)
			.map((widget) => `${widget.name} ${kB(widget.gzip)} on ${widget.page}: ${breakdown(widget.files)}`);
		expect(over).toEqual([]);
	});
});
