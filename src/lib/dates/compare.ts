/**
 * `compareDates`: does the date on the account match the date on the ID?
 */
import { daysBetween } from './iso-date';
import { checkChoice, checkParseOptions } from './options';
import { parseDate } from './parse';
import type { CompareVerdict, MatchReason } from './problems';
import { FORM_ORDERS, type DateReading, type DateRole, type FormOrder, type ParseResult } from './types';

/** Options of `compareDates`. */
export interface CompareOptions {
	/** The order the account form asks for (applies to the account text). */
	order?: FormOrder;
	/** The order the document prints numeric dates in, when known (applies to the document text). */
	documentOrder?: FormOrder;
	/** What the dates are (decides two-digit years on both sides). */
	role?: DateRole;
	/** Today, `YYYY-MM-DD`. */
	today?: string;
}

/** The readings under which the two texts name the same day. */
export interface DateMatch {
	account: DateReading;
	document: DateReading;
	/** Empty for `same`; for `same-if-reordered`, what had to be read differently. */
	reasons: MatchReason[];
}

/** What `compareDates` returns. */
export interface DateComparison {
	verdict: CompareVerdict;
	account: ParseResult;
	document: ParseResult;
	/** For `same` and `same-if-reordered`. */
	match?: DateMatch;
	/** For `different`: days from the account's likely date to the document's. */
	daysApart?: number;
	/**
	 * The date the account should hold: the document's likely reading (the document is what the
	 * verifier reads), when the document could be read.
	 */
	expected?: DateReading;
}

/**
 * Compares the date typed on the account with the date printed on the document. `same` when the
 * likely readings agree; `same-if-reordered` when they agree only if day and month, the century
 * or the calendar are read differently (or a Hijri date lands a day off); `different` when no
 * readings agree; `unreadable` when either text is no date.
 */
export function compareDates(accountText: string, documentText: string, options?: CompareOptions): DateComparison {
	checkParseOptions(options);
	checkChoice(
		'documentOrder',
		options?.documentOrder,
		FORM_ORDERS,
		"Leave it out when the document's order is not known.",
	);
	const shared = {
		...(options?.role ? { role: options.role } : {}),
		...(options?.today ? { today: options.today } : {}),
	};
	const account = parseDate(accountText, { ...shared, ...(options?.order ? { order: options.order } : {}) });
	const document = parseDate(documentText, {
		...shared,
		...(options?.documentOrder ? { order: options.documentOrder } : {}),
	});
	if (!document.ok) return { verdict: 'unreadable', account, document };
	const expected = document.readings[0];
	if (!account.ok || !expected) return { verdict: 'unreadable', account, document, ...(expected ? { expected } : {}) };
	const likely = account.readings[0];
	if (!likely) return { verdict: 'unreadable', account, document, expected };

	if (likely.iso === expected.iso) {
		return {
			verdict: 'same',
			account,
			document,
			expected,
			match: { account: likely, document: expected, reasons: [] },
		};
	}
	const accountAll = [...account.readings, ...account.alternatives];
	const documentAll = [...document.readings, ...document.alternatives];
	const pairs: { a: DateReading; d: DateReading; cost: number }[] = [];
	accountAll.forEach((a, i) =>
		documentAll.forEach((d, j) => {
			if (a.iso === d.iso) pairs.push({ a, d, cost: i + j });
		}),
	);
	pairs.sort((x, y) => x.cost - y.cost);
	const best = pairs[0];
	if (best) {
		const reasons = new Set<MatchReason>([...reasonsBetween(likely, best.a), ...reasonsBetween(expected, best.d)]);
		return {
			verdict: 'same-if-reordered',
			account,
			document,
			expected,
			match: { account: best.a, document: best.d, reasons: [...reasons] },
		};
	}
	const daysApart = daysBetween(likely.iso, expected.iso);
	const slack = Math.max(likely.uncertainDays, expected.uncertainDays);
	if (Math.abs(daysApart) <= slack) {
		return {
			verdict: 'same-if-reordered',
			account,
			document,
			expected,
			match: { account: likely, document: expected, reasons: ['calendar-variant'] },
		};
	}
	return { verdict: 'different', account, document, expected, daysApart };
}

/** What differs between the likely reading of a text and the reading that matched. */
function reasonsBetween(likely: DateReading, matched: DateReading): MatchReason[] {
	if (likely === matched) return [];
	const reasons: MatchReason[] = [];
	if (likely.order !== matched.order) reasons.push('order');
	if (likely.calendar !== matched.calendar) reasons.push('calendar');
	if (matched.centuryInferred && likely.centuryInferred && likely.written.year !== matched.written.year) {
		reasons.push('century');
	}
	return reasons.length > 0 ? reasons : ['order'];
}
