/**
 * `parseDate`: every plausible reading of a date as typed or as printed on an ID.
 */
import { MAX_INPUT_LENGTH } from './constants';
import { closestMonthWord } from './month-lookup';
import { normalizeText } from './normalize';
import { checkParseOptions } from './options';
import { toParts, type NumberPart, type Part } from './parts';
import type { ParseProblem } from './problems';
import { readParts, type FailedReading, type ReadingContext, type Readings } from './readings';
import { tokenize } from './tokenizer';
import type { DateFormat, DateReading, FieldOrder, ParseFailure, ParseOptions, ParseResult } from './types';

/** A time next to the date (`1990-01-12T00:00:00Z`, `12/01/1990 10:30`) is not part of it. */
const TIME = /(?:(?<=\d)T|\b)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*(?:z|utc|gmt)\b|[+-]\d{2}:?\d{2}|z\b)?/gi;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}$/;
/** Problems of a failed reading, from the one closest to a real date (reported first) on. */
const CLOSENESS: readonly ParseProblem[] = [
	'not-in-era',
	'no-such-day',
	'year-out-of-range',
	'day-out-of-range',
	'month-out-of-range',
];

/**
 * Reads `text` as a date: numeric in any order and separator, ISO 8601, compact YYYYMMDD, MRZ
 * YYMMDD, month names in many languages (ICAO bilingual `12 JAN/JANV 1990` too), CJK and Korean
 * units, Japanese eras, Thai Buddhist, Persian and Hijri years, any decimal digits. Never throws
 * on the text; throws on options that cannot exist.
 */
export function parseDate(text: string, options?: ParseOptions): ParseResult {
	checkParseOptions(options);
	const input = typeof text === 'string' ? text : '';
	const fail = (problem: ParseProblem, extra: Partial<ParseFailure> = {}): ParseFailure => ({
		ok: false,
		input,
		problem,
		...extra,
	});
	if (input.length > MAX_INPUT_LENGTH) return fail('too-long');

	const { text: normalized, digitScript } = normalizeText(input);
	const cleaned = normalized.replace(TIME, ' ').trim();
	if (!/[\p{L}\p{N}<]/u.test(cleaned)) return fail('empty');

	const found = toParts(tokenize(cleaned));
	if (found.placeholder) return fail('partly-unknown');
	if (found.monthConflict !== undefined) return fail('months-disagree', { word: found.monthConflict });
	if (found.calendarConflict) return fail('not-a-date');

	const { parts, unknownWords } = found;
	const numbers = parts.filter((p): p is NumberPart => p.kind === 'number');
	const monthCount = parts.length - numbers.length;
	const base = {
		order: options?.order,
		role: options?.role,
		today: options?.today,
		calendar: found.calendar,
		digitScript,
	};

	let readings: Readings;
	const only = numbers[0];
	if (parts.length === 1 && only && only.field === undefined && (only.digits === 6 || only.digits === 8)) {
		readings = readCompact(only, base);
	} else if (parts.length === 3 && monthCount <= 1) {
		const format: DateFormat =
			monthCount === 1
				? 'month-name'
				: numbers.some((n) => n.field !== undefined && n.era === undefined)
					? 'marked'
					: ISO_8601.test(cleaned)
						? 'iso'
						: 'numeric';
		readings = readParts(parts, { ...base, format });
	} else if (unknownWords.length === 1 && monthCount === 0 && numbers.length === 2) {
		const word = unknownWords[0] ?? '';
		const suggestion = closestMonthWord(word);
		return fail('unknown-month', suggestion === undefined ? { word } : { word, suggestion });
	} else if (parts.length > 0 && parts.length < 3 && unknownWords.length === 0 && monthCount <= 1) {
		return fail('incomplete');
	} else {
		return fail('not-a-date');
	}

	if (readings.noOrder) return fail('not-a-date');
	const { primary, alternatives } = rank(readings, options?.order);
	if (primary.length === 0) return failureOf(readings.failures, fail);
	return {
		ok: true,
		input,
		readings: primary,
		ambiguous: primary.length > 1,
		alternatives,
		ignoredWords: unknownWords,
	};
}

/** 6 digits: MRZ YYMMDD first, then DDMMYY and MMDDYY; 8 digits: YYYYMMDD, DDMMYYYY, MMDDYYYY. */
function readCompact(number: NumberPart, base: Omit<ReadingContext, 'format'>): Readings {
	const text = String(number.value).padStart(number.digits, '0');
	const yearDigits = number.digits - 4;
	const slice = (from: number, to: number, field: NumberPart['field']): Part => ({
		kind: 'number',
		value: Number(text.slice(from, to)),
		digits: to - from,
		field,
	});
	const splits: { order: FieldOrder; parts: Part[] }[] = [
		{
			order: 'YMD',
			parts: [
				slice(0, yearDigits, 'year'),
				slice(yearDigits, yearDigits + 2, 'month'),
				slice(yearDigits + 2, yearDigits + 4, 'day'),
			],
		},
		{ order: 'DMY', parts: [slice(0, 2, 'day'), slice(2, 4, 'month'), slice(4, 4 + yearDigits, 'year')] },
		{ order: 'MDY', parts: [slice(0, 2, 'month'), slice(2, 4, 'day'), slice(4, 4 + yearDigits, 'year')] },
	];
	const preferred: FieldOrder[] = ['YMD', ...(base.order ? [base.order] : [])];
	splits.sort((a, b) => rankOf(preferred, a.order) - rankOf(preferred, b.order));
	const all: Readings = { primary: [], otherCentury: [], failures: [], noOrder: false };
	for (const split of splits) {
		const format: DateFormat = split.order === 'YMD' && number.digits === 6 ? 'mrz' : 'compact';
		const r = readParts(split.parts, { ...base, format });
		all.primary.push(...r.primary);
		all.otherCentury.push(...r.otherCentury);
		all.failures.push(...r.failures);
	}
	return all;
}

function rankOf(preferred: readonly FieldOrder[], order: FieldOrder): number {
	const i = preferred.indexOf(order);
	return i === -1 ? preferred.length : i;
}

/**
 * Distinct dates, most likely first. When the form's order is known it decides between the
 * numeric readings; the readings in other orders become alternatives.
 */
function rank(
	readings: Readings,
	order: FieldOrder | undefined,
): { primary: DateReading[]; alternatives: DateReading[] } {
	const seen = new Set<string>();
	const unique = (list: DateReading[]): DateReading[] =>
		list.filter((r) => {
			if (seen.has(r.iso)) return false;
			seen.add(r.iso);
			return true;
		});
	let primary = unique(readings.primary);
	let alternatives: DateReading[] = [];
	const numeric = primary.every((r) => r.format !== 'month-name' && r.format !== 'marked');
	if (order && numeric && primary.length > 1 && primary.some((r) => r.order === order)) {
		alternatives = primary.filter((r) => r.order !== order);
		primary = primary.filter((r) => r.order === order);
	}
	alternatives.push(...unique(readings.otherCentury));
	return { primary, alternatives };
}

function failureOf(
	failures: readonly FailedReading[],
	fail: (problem: ParseProblem, extra?: Partial<ParseFailure>) => ParseFailure,
): ParseFailure {
	// Failures arrive in order of preference; report the one closest to a real date.
	const best = [...failures].sort((a, b) => CLOSENESS.indexOf(a.problem) - CLOSENESS.indexOf(b.problem))[0];
	if (!best) return fail('not-a-date');
	const extra: Partial<ParseFailure> = { written: best.written, calendar: best.calendar, order: best.order };
	if (best.value !== undefined) extra.value = best.value;
	if (best.daysInMonth !== undefined) extra.daysInMonth = best.daysInMonth;
	return fail(best.problem, extra);
}
