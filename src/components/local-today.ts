/**
 * Today's date where the reader is, as YYYY-MM-DD, from the browser clock: what the islands hand the
 * date rules as `today` (the rules in src/lib never read a clock). The local calendar date, not UTC's,
 * so a reader just after midnight is not told a document expires "tomorrow".
 */
export function localToday(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
