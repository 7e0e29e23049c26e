import { olderRussianKey } from './older-russian';
import type { Part, Unit } from './tokens';
import { primaryText, readingsOf, shortestText, type Reading } from './transliteration';
import type { LanguageCode } from './types';

/** A name part with everything the comparison needs, computed once. */
export interface PreparedPart {
	part: Part;
	units: Unit[];
	readings: Reading[][];
	/** ICAO reading of each unit (A–Z), or the unit upper-cased when there is none. */
	primary: string[];
	/** Shortest spelling in A–Z (Ü → U): for similarity scores. */
	short: string;
	/** Every whole-part spelling that should count as the same part (ICAO, shortest, older Russian). */
	keys: Set<string>;
	/** Upper-case text of the part without apostrophes, for titles and particles. */
	plain: string;
	mixedScripts: boolean;
}

/** Computes readings and keys of a part. */
export function preparePart(part: Part): PreparedPart {
	const scripts = new Set(part.units.map((u) => u.script).filter((s) => s !== undefined));
	const mixedScripts = scripts.size > 1 && scripts.has('Latin');
	const readings = part.units.map((unit, i) =>
		readingsOf(unit, {
			initial: i === 0,
			mixedScripts,
			...(i > 0 ? { previous: part.units[i - 1]! } : {}),
		}),
	);
	const primary = part.units.map((u, i) => primaryText(u, readings[i]!));
	const short = part.units.map((u, i) => shortestText(u, readings[i]!)).join('');
	const icao = primary.join('');
	const keys = new Set([
		icao,
		short,
		olderRussianKey(icao),
		olderRussianKey(short),
		...languageKeys(readings, primary),
	]);
	const plain = part.units
		.filter((u) => u.kind !== 'apostrophe')
		.map((u) => u.norm)
		.join('')
		.toUpperCase();
	return { part, units: part.units, readings, primary, short, keys, plain, mixedScripts };
}

const LANGUAGES: readonly LanguageCode[] = ['BE', 'BG', 'MK', 'SR', 'UK'];

/** The part spelled with each language's ICAO exceptions (Ukrainian Гриценко → HRYTSENKO). */
function languageKeys(readings: readonly Reading[][], primary: readonly string[]): string[] {
	if (!readings.some((rs) => rs.some((r) => r.rule?.scheme === 'icao-language'))) return [];
	return LANGUAGES.map((language) =>
		readings
			.map(
				(rs, i) =>
					rs.find((r) => r.rule?.scheme === 'icao-language' && r.rule.languages?.includes(language))?.text ??
					primary[i]!,
			)
			.join(''),
	);
}

/** Joins consecutive parts into one (for "De La Cruz" against "DELACRUZ"). */
export function joinParts(parts: readonly PreparedPart[]): PreparedPart {
	const first = parts[0]!;
	const last = parts[parts.length - 1]!;
	const units = parts.flatMap((p) => p.units);
	const readings = parts.flatMap((p) => p.readings);
	const primary = parts.flatMap((p) => p.primary);
	const short = parts.map((p) => p.short).join('');
	const icao = primary.join('');
	return {
		part: {
			index: first.part.index,
			text: parts.map((p) => p.part.text).join(''),
			start: first.part.start,
			end: last.part.end,
			units,
		},
		units,
		readings,
		primary,
		short,
		keys: new Set([icao, short, olderRussianKey(icao), olderRussianKey(short)]),
		plain: parts.map((p) => p.plain).join(''),
		mixedScripts: parts.some((p) => p.mixedScripts),
	};
}

/** True when two prepared parts share a whole-part spelling. */
export function sameSpelling(a: PreparedPart, b: PreparedPart): boolean {
	for (const key of a.keys) if (b.keys.has(key)) return true;
	return false;
}
