import type { Rule } from './types';

/**
 * Older Russian passports romanised names with the MVD schemes (order 310 of 1997, order 782 of
 * 2000: "YULIYA SHCHEGLOVA"); passports issued since 2014 follow ICAO ("IULIIA SHCHEGLOVA"). One
 * person can hold both spellings. This key maps both to one form, so the tester can say "this looks
 * like the older passport spelling" when two Latin spellings differ only that way.
 *
 * Rules, from nalgeon/iuliia `icao_doc_9303.json`, `mvd_310.json`, `mvd_782.json`: MVD Ю YU, Я YA,
 * Ё YO/YE, Й Y, Е after a vowel or sign YE ↔ ICAO IU, IA, E, I, E; Ы is Y in both, so every Y
 * becomes I on both sides, and a run of I counts once (ИЙ is II in ICAO, IY in MVD; ЬИ is I or YI).
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
	['YU', 'IU'],
	['YA', 'IA'],
	['YO', 'E'],
	['YE', 'E'],
];

/** A comparison key that is the same for the ICAO and MVD spellings of a Russian name (A–Z input). */
export function olderRussianKey(letters: string): string {
	let out = '';
	for (let i = 0; i < letters.length; i++) {
		const pair = letters.slice(i, i + 2);
		const hit = PAIRS.find(([from]) => from === pair);
		if (hit) {
			out += hit[1];
			i++;
			continue;
		}
		out += letters[i] === 'Y' ? 'I' : letters[i];
	}
	return out.replace(/I{2,}/g, 'I');
}

/** The spelling pairs that explain two spellings with the same key: YULIYA, IULIIA → YU→IU, YA→IA. */
export function olderRussianRules(a: string, b: string): Rule[] {
	const out: Rule[] = [];
	for (const [older, icao] of [...PAIRS, ['Y', 'I'] as const]) {
		const [from, to] =
			a.includes(older) && b.includes(icao)
				? [older, icao]
				: b.includes(older) && a.includes(icao)
					? [icao, older]
					: [];
		if (!from || !to) continue;
		if (older === 'Y' && out.length > 0) continue;
		out.push({ from, to, label: `${from}→${to}`, scheme: 'older-russian' });
	}
	return out;
}
