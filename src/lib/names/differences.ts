import { alignParts, type Step, type StepKind } from './align';
import type { AnalyzedName } from './analyze';
import type { Pairing } from './pair-parts';
import { olderRussianKey, olderRussianRules } from './older-russian';
import type { PreparedPart } from './prepare';
import { jaroWinkler } from './similarity';
import { PARTICLES, TITLES } from './titles';
import type { Difference, DifferenceKind, DifferenceSide, Explanation, Rule, Scheme, TextRange } from './types';

const SCHEME_ORDER: readonly Scheme[] = ['icao', 'icao-language', 'not-icao', 'older-russian', 'guess'];

/** The loosest scheme among some rules. */
export function loosestScheme(rules: readonly Rule[]): Scheme | undefined {
	let worst = -1;
	for (const r of rules) worst = Math.max(worst, SCHEME_ORDER.indexOf(r.scheme));
	return worst < 0 ? undefined : SCHEME_ORDER[worst];
}

/** Sorts and merges touching ranges. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
	const sorted = ranges.filter((r) => r.end > r.start).sort((x, y) => x.start - y.start);
	const out: TextRange[] = [];
	for (const r of sorted) {
		const last = out[out.length - 1];
		if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
		else out.push({ ...r });
	}
	return out;
}

/** Builds one side of a difference. */
export function side(name: AnalyzedName, parts: readonly number[], ranges: readonly TextRange[]): DifferenceSide {
	const merged = mergeRanges(ranges);
	const text =
		parts.length > 0
			? parts.map((p) => name.analysis.parts[p]?.text ?? '').join(' ')
			: merged.map((r) => name.analysis.text.slice(r.start, r.end)).join('');
	return { parts: [...parts], ranges: merged, text };
}

function unitRange(part: PreparedPart, [from, to]: readonly [number, number]): TextRange | undefined {
	if (to <= from) return undefined;
	return { start: part.units[from]!.start, end: part.units[to - 1]!.end };
}

function dedupeRules(rules: readonly Rule[]): Rule[] {
	const seen = new Set<string>();
	return rules.filter((r) => {
		const key = `${r.label}|${r.scheme}|${r.languages?.join(',') ?? ''}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Consonants in order, doubled letters once, vowels and Y dropped; D/T and K/Q alike. */
function consonantSkeleton(letters: string): string {
	return letters
		.replace(/[AEIOUY]/g, '')
		.replace(/T/g, 'D')
		.replace(/Q/g, 'K')
		.replace(/(.)\1+/g, '$1');
}

/**
 * Differences inside one pairing of parts (letters that differ by case, accents, transliteration,
 * script, or spelling). Ranges are in the strings as typed.
 */
export function differencesInPairing(account: AnalyzedName, document: AnalyzedName, pairing: Pairing): Difference[] {
	const { left, right } = pairing;
	const steps = alignParts(left, right);
	const groups = new Map<StepKind, Step[]>();
	for (const s of steps) {
		if (s.kind === 'same') continue;
		const list = groups.get(s.kind);
		if (list) list.push(s);
		else groups.set(s.kind, [s]);
	}
	const out: Difference[] = [];
	const spelling = groups.get('spelling');
	if (spelling) {
		groups.delete('spelling');
		const rangesA = spelling.map((s) => unitRange(left, s.a)).filter((r) => r !== undefined);
		const rangesB = spelling.map((s) => unitRange(right, s.b)).filter((r) => r !== undefined);
		if (olderRussianKey(left.short) === olderRussianKey(right.short)) {
			const rules = olderRussianRules(left.short, right.short);
			out.push({
				kind: 'transliteration',
				account: side(account, pairing.a, rangesA),
				document: side(document, pairing.b, rangesB),
				rules: dedupeRules(rules),
				scheme: 'older-russian',
				explanation: 'older-russian-passport',
			});
		} else {
			const variant = consonantSkeleton(left.short) === consonantSkeleton(right.short);
			out.push({
				kind: 'spelling',
				account: side(account, pairing.a, rangesA),
				document: side(document, pairing.b, rangesB),
				similarity: round(jaroWinkler(left.short, right.short)),
				...(variant ? { explanation: 'romanisation-variant' as const } : {}),
			});
		}
	}
	for (const [kind, list] of groups) {
		const rules = dedupeRules(list.flatMap((s) => s.rules));
		const scheme = loosestScheme(rules);
		// Every step kind but `same` and `spelling` (handled above) is a difference kind of its own.
		const differenceKind = kind as Exclude<StepKind, 'same' | 'spelling'>;
		const isOlder = scheme === 'older-russian';
		out.push({
			kind: differenceKind,
			account: side(
				account,
				pairing.a,
				list.map((s) => unitRange(left, s.a)).filter((r) => r !== undefined),
			),
			document: side(
				document,
				pairing.b,
				list.map((s) => unitRange(right, s.b)).filter((r) => r !== undefined),
			),
			...(rules.length > 0 ? { rules } : {}),
			...(scheme ? { scheme } : {}),
			...(isOlder ? { explanation: 'older-russian-passport' as const } : {}),
		});
	}
	return out;
}

/** Rounds a similarity for display and stable tests. */
export function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}

/** The difference for a part that only one name has: a title, or a missing or extra part. */
export function unpairedDifference(
	account: AnalyzedName,
	document: AnalyzedName,
	which: 'account' | 'document',
	index: number,
): Difference {
	const name = which === 'account' ? account : document;
	const part = name.parts[index]!;
	const range = { start: part.part.start, end: part.part.end };
	const here = side(name, [index], [range]);
	const there: DifferenceSide = { parts: [], ranges: [], text: '' };
	const kind: DifferenceKind = TITLES.has(part.plain) ? 'title' : which === 'account' ? 'extra' : 'missing';
	const explanation: Explanation | undefined = kind !== 'title' && PARTICLES.has(part.plain) ? 'particle' : undefined;
	return {
		kind,
		account: which === 'account' ? here : there,
		document: which === 'document' ? here : there,
		...(explanation ? { explanation } : {}),
	};
}
