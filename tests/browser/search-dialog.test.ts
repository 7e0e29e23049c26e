import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useSite } from './harness';

/**
 * The Ctrl K dialog and the results page rank a query the same way: both run every candidate
 * reading of the query through `searchCandidates` (the dialog through
 * public/pagefind-understood/pagefind.js). The queries are from tests/search/queries.tsv, chosen
 * among those where searching the single understood query, as the dialog once did, put the
 * expected article lower or nowhere.
 */
const QUERIES = [
	{ query: 'driving licence out of date', expected: 'information-mismatch/expired-document' },
	{ query: 'app keeps crashing', expected: 'technical-issues/app-version' },
	{ query: 'day and month swapped', expected: 'information-mismatch/date-of-birth' },
	{ query: 'camera permission denied in browser', expected: 'technical-issues/browser' },
	{ query: 'selfei too dark', expected: 'facial-verification/lighting' },
	{
		query:
			'We were unable to verify your identity because the photo of your ID is blurry. Please retake the photo and try again.',
		expected: 'document-quality/blurry-photo',
	},
] as const;

/** `/kyc/document-quality/glare/#x` → `document-quality/glare`. */
function slugOf(href: string): string {
	return new URL(href, 'http://x/').pathname.replace(/^\/+|\/+$/g, '') || 'index';
}

async function dialogTop(page: Page, query: string): Promise<string[]> {
	await page.locator('button[data-open-modal]').first().click();
	const input = page.locator('#starlight__search input');
	await input.fill(query);
	const links = page.locator('#starlight__search .pagefind-ui__result-title > a.pagefind-ui__result-link');
	// The understood search is done when the notice links to the results page for this query.
	await expect
		.poll(() => page.locator('.search-understanding a').getAttribute('href'))
		.toContain(encodeURIComponent(query.trim()).slice(0, 20));
	await expect.poll(() => links.count()).toBeGreaterThan(0);
	await page.waitForTimeout(300); // the UI renders results in batches
	return (await links.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href') ?? ''))).map(slugOf);
}

async function pageTop(page: Page, url: string): Promise<string[]> {
	await page.goto(url);
	const links = page.locator('#search-results .result-title');
	await expect.poll(() => links.count()).toBeGreaterThan(0);
	return (await links.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href') ?? ''))).map(slugOf);
}

describeBrowser('the search dialog and the results page agree', () => {
	const site = useSite();

	test.each(QUERIES)('$query', async ({ query, expected }) => {
		const page = await site.newPage();
		await page.goto(site.url('document-quality/glare/'));
		const inDialog = await dialogTop(page, query);
		const onPage = await pageTop(page, site.url(`search/?q=${encodeURIComponent(query)}`));
		expect(inDialog.slice(0, 3)).toContain(expected);
		expect(inDialog[0]).toBe(onPage[0]);
		expect(site.errors(page)).toEqual([]);
	});
});
