/**
 * Prints the JavaScript weight of the built site (gzip), the numbers tests/site/budgets.test.ts
 * holds to its budgets: each page before any widget hydrates, each widget's own JavaScript, what
 * widgets import later, and their workers. Needs a build (`npm run build`, or DIST_DIR=…).
 *
 * Run: npx vitest run --project bench bench/budgets.bench.ts
 */
import { expect, test } from 'vitest';
import { DIST_DIR, assertBuilt, listFiles } from '../tests/support/dist';
import {
	BuildReader,
	PAGE_BUDGET,
	WIDGET_BUDGET,
	WIDGET_LOGIC_BUDGET,
	kB,
	type WidgetWeight,
} from '../tests/support/js-weight';

test('JavaScript weight of the built site (gzip)', () => {
	assertBuilt(DIST_DIR);
	const reader = new BuildReader(DIST_DIR);
	const pages = listFiles(DIST_DIR)
		.filter((file) => file.endsWith('.html'))
		.map((file) => reader.measurePage(file))
		.sort((a, b) => b.gzip - a.gzip);

	const lines = [`Pages, before any widget hydrates (budget ${kB(PAGE_BUDGET)} for the guide's pages):`];
	for (const page of pages) lines.push(`  ${kB(page.gzip).padStart(9)}  ${page.page}  (inline ${kB(page.inlineGzip)})`);

	const widgets = new Map<string, WidgetWeight & { page: string }>();
	for (const page of pages)
		for (const widget of page.widgets)
			if (!widgets.has(widget.name)) widgets.set(widget.name, { ...widget, page: page.page });
	lines.push(
		'',
		`Widgets, their own JavaScript: on hydration (budget ${kB(WIDGET_BUDGET)}) and on first use (budget ${kB(WIDGET_LOGIC_BUDGET)}):`,
	);
	if (widgets.size === 0) lines.push('  (no page embeds a widget yet)');
	for (const widget of widgets.values()) {
		lines.push(
			`  ${kB(widget.gzip - widget.onUse.gzip).padStart(9)}  ${widget.name} on hydration, ${kB(widget.onUse.gzip)} more on first use  (${widget.page})`,
		);
		for (const [file, size] of [...widget.files].sort((a, b) => b[1] - a[1]))
			lines.push(`  ${''.padStart(9)}    ${kB(size).padStart(8)}  ${file}`);
		if (widget.onUse.gzip > 0)
			lines.push(
				`  ${''.padStart(9)}    on first use: ${kB(widget.onUse.gzip)} (${[...widget.onUse.files.keys()].join(', ')})`,
			);
		if (widget.optional.gzip > 0)
			lines.push(
				`  ${''.padStart(9)}    optional, not counted: ${kB(widget.optional.gzip)} (${[...widget.optional.files.keys()].join(', ')})`,
			);
		for (const worker of widget.workers)
			lines.push(`  ${''.padStart(9)}    worker ${worker.file}: ${kB(worker.gzip)} (reported, not budgeted)`);
	}
	console.log(lines.join('\n'));
	expect(pages.length).toBeGreaterThan(0);
});
