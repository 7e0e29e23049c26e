import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, DIST_KYC_DIR, assertBuilt } from '../support/dist';

test.each([
	[DIST_DIR, '/'],
	[DIST_KYC_DIR, '/kyc/'],
])('%s announces an OpenSearch description whose template opens the results page', (dir, base) => {
	assertBuilt(dir);
	const home = readFileSync(join(dir, 'index.html'), 'utf8');
	expect(home).toContain(
		`<link rel="search" type="application/opensearchdescription+xml" title="KYC Fix Guide" href="${base}opensearch.xml"`,
	);
	const xml = readFileSync(join(dir, 'opensearch.xml'), 'utf8');
	const template = /template="([^"]+)"/.exec(xml)?.[1];
	expect(template).toBeDefined();
	expect(new URL(template!.replace('{searchTerms}', 'glare')).pathname).toBe(`${base}search/`);
	expect(template).toContain('?q={searchTerms}');
});
