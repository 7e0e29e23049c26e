/**
 * Sites the guide must never link to: lookalikes of the exchange's domain and SEO sites that
 * invent "official" numbers (REFERENCE §5 and §8.4). A reader who follows a link from us trusts it.
 */
export const LOOKALIKE_DOMAINS = [
	'ti-binance.com',
	'tl-binance.com',
	'to-binance.com',
	'tn-binance.com',
	'tm-binance.com',
	'fs-binance.com',
	'fv-binance.com',
	'kdj.com',
	'bnbaike.com',
] as const;

/**
 * The lookalike pattern itself: letters and a hyphen glued in front of the real name
 * (`xx-binance.com`), as on every lookalike in the list above and more that appear every month.
 */
const HYPHENATED_LOOKALIKE = /(^|\.)[a-z0-9-]+-binance\.com$/;

/** Whether a host name (e.g. `www.tm-binance.com`) is a denied lookalike. */
export function isLookalikeHost(host: string): boolean {
	const name = host.toLowerCase().replace(/\.$/, '');
	return (
		HYPHENATED_LOOKALIKE.test(name) ||
		LOOKALIKE_DOMAINS.some((domain) => name === domain || name.endsWith(`.${domain}`))
	);
}

/** The host names of every absolute or protocol-relative URL in a text (Markdown, HTML, code). */
export function linkedHosts(text: string): string[] {
	return [...text.matchAll(/(?:\bhttps?:)?\/\/([a-z0-9][a-z0-9.-]*\.[a-z]{2,})/gi)].map((match) => match[1]!);
}
