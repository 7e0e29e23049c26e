/**
 * `checkDocumentDates`: the dates of one document checked against each other and against today.
 */
import { DEFAULT_MINIMUM_AGE, EXPIRES_SOON_DAYS } from './constants';
import { addYears, daysBetween, fullYears } from './iso-date';
import { checkChoice, checkMinimumAge, checkToday } from './options';
import { parseDate } from './parse';
import type { DocumentProblemCode } from './problems';
import { FORM_ORDERS, type DateRole, type FormOrder, type ParseResult } from './types';

/** What `checkDocumentDates` reads. Every date is optional; `today` is not. */
export interface DocumentDatesInput {
	birth?: string;
	issue?: string;
	expiry?: string;
	/** Today, `YYYY-MM-DD`, from the user's clock. */
	today: string;
	/** Default 18. */
	minimumAge?: number;
	/** The order numeric dates are written in, when known. */
	order?: FormOrder;
}

/** One problem, with the numbers the words need. */
export interface DocumentProblem {
	code: DocumentProblemCode;
	/** `expired`: days since expiry; `expires-soon`: days left (0 = expires today). */
	days?: number;
	/** `under-age`: the holder's age today and the day they reach the minimum age. */
	age?: number;
	adultOn?: string;
}

/** What `checkDocumentDates` returns. */
export interface DocumentCheck {
	problems: DocumentProblem[];
	/** Each date given, as read (its problem when unreadable). */
	fields: { birth?: ParseResult; issue?: ParseResult; expiry?: ParseResult };
	/** The holder's age today, when the birth date was read. */
	age?: number;
	/** Days from today to expiry (negative once expired), when the expiry date was read. */
	daysUntilExpiry?: number;
}

/**
 * Checks expiry (`expired`, `expires-soon` within 30 days), age (`under-age`, `future-birth`) and
 * the order of the dates (`issued-in-future`, `issued-after-expiry`, `born-after-issue`). Each
 * check uses the most likely reading of each date; ambiguous dates are in `fields`.
 */
export function checkDocumentDates(input: DocumentDatesInput): DocumentCheck {
	if (typeof input !== 'object' || input === null) {
		throw new RangeError(
			`Invalid argument. Must be an object with "today" and any of "birth", "issue", "expiry". Received ${String(input)}. Pass { today, birth, issue, expiry }.`,
		);
	}
	checkToday(input.today, true);
	checkMinimumAge(input.minimumAge);
	checkChoice('order', input.order, FORM_ORDERS, "Leave it out when the document's order is not known.");
	const { today } = input;
	const minimumAge = input.minimumAge ?? DEFAULT_MINIMUM_AGE;

	const read = (text: string | undefined, role: DateRole): ParseResult | undefined =>
		text === undefined || text.trim() === ''
			? undefined
			: parseDate(text, { role, today, ...(input.order ? { order: input.order } : {}) });
	const fields: DocumentCheck['fields'] = {};
	const birthResult = read(input.birth, 'birth');
	const issueResult = read(input.issue, 'issue');
	const expiryResult = read(input.expiry, 'expiry');
	if (birthResult) fields.birth = birthResult;
	if (issueResult) fields.issue = issueResult;
	if (expiryResult) fields.expiry = expiryResult;
	const likely = (r: ParseResult | undefined): string | undefined => (r?.ok ? r.readings[0]?.iso : undefined);
	const birth = likely(birthResult);
	const issue = likely(issueResult);
	const expiry = likely(expiryResult);

	const problems: DocumentProblem[] = [];
	const result: DocumentCheck = { problems, fields };
	if (expiry) {
		const days = daysBetween(today, expiry);
		result.daysUntilExpiry = days;
		if (days < 0) problems.push({ code: 'expired', days: -days });
		else if (days <= EXPIRES_SOON_DAYS) problems.push({ code: 'expires-soon', days });
	}
	if (birth) {
		if (birth > today) problems.push({ code: 'future-birth' });
		else {
			const age = fullYears(birth, today);
			result.age = age;
			if (age < minimumAge) problems.push({ code: 'under-age', age, adultOn: addYears(birth, minimumAge) });
		}
	}
	if (issue && issue > today) problems.push({ code: 'issued-in-future' });
	if (issue && expiry && issue > expiry) problems.push({ code: 'issued-after-expiry' });
	if (birth && issue && birth > issue) problems.push({ code: 'born-after-issue' });
	return result;
}
