import { describe, expect, test } from 'vitest';
import { isLookalikeHost, linkedHosts, LOOKALIKE_DOMAINS } from '../support/lookalike-domains';

describe('the lookalike-domain denylist', () => {
	test.each<{ host: string; denied: boolean }>([
		// Listed in REFERENCE §5 and §8.4.
		{ host: 'tm-binance.com', denied: true },
		{ host: 'www.tn-binance.com', denied: true },
		{ host: 'kdj.com', denied: true },
		{ host: 'WWW.BNBAIKE.COM', denied: true },
		// Not listed, but the same trick: letters and a hyphen before the real name.
		{ host: 'apk-binance.com', denied: true },
		// The real site and its subdomains.
		{ host: 'binance.com', denied: false },
		{ host: 'www.binance.com', denied: false },
		// Vendors' documentation, and a name that only ends like a denied one.
		{ host: 'docs.sumsub.com', denied: false },
		{ host: 'notkdj.com', denied: false },
	])('$host → denied: $denied', ({ host, denied }) => {
		expect(isLookalikeHost(host)).toBe(denied);
	});

	test('every listed domain is denied', () => {
		for (const domain of LOOKALIKE_DOMAINS) expect(isLookalikeHost(domain)).toBe(true);
	});

	test('finds hosts in Markdown links, HTML attributes and protocol-relative URLs', () => {
		const text =
			'[a](https://tm-binance.com/en/r/x) <a href="http://www.kdj.com/">b</a> <img src="//fs-binance.com/x.png"> https://www.binance.com/en/support/faq/360027287111';
		expect(linkedHosts(text)).toEqual(['tm-binance.com', 'www.kdj.com', 'fs-binance.com', 'www.binance.com']);
	});
});
