/**
 * Checks of the options objects. Options come from code, not from users: one that cannot exist
 * is a programming mistake and throws, saying what, the rule, what was received and the fix.
 */
import { parseIso } from './iso-date';
import { DATE_ROLES, FORM_ORDERS } from './types';

function describe(value: unknown): string {
	return typeof value === 'string' ? `"${value}"` : String(value);
}

function invalid(name: string, rule: string, value: unknown, fix: string): never {
	throw new RangeError(`Invalid option "${name}". ${rule} Received ${describe(value)}. ${fix}`);
}

/** Throws unless `value` is undefined or one of `allowed`. */
export function checkChoice(name: string, value: unknown, allowed: readonly string[], fix: string): void {
	if (value === undefined) return;
	if (typeof value !== 'string' || !allowed.includes(value)) {
		invalid(name, `Must be one of ${allowed.join(', ')}.`, value, fix);
	}
}

/** Throws unless `value` is a real `YYYY-MM-DD` date (or undefined when `required` is false). */
export function checkToday(value: unknown, required: boolean): void {
	if (value === undefined && !required) return;
	if (typeof value !== 'string' || parseIso(value) === undefined) {
		invalid(
			'today',
			'Must be a real date written YYYY-MM-DD.',
			value,
			"Pass the user's local date, e.g. `new Intl.DateTimeFormat('en-CA').format(new Date())` in the browser.",
		);
	}
}

/** Throws unless `value` is undefined or a whole number of years from 0 to 150. */
export function checkMinimumAge(value: unknown): void {
	if (value === undefined) return;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 150) {
		invalid('minimumAge', 'Must be a whole number of years from 0 to 150.', value, 'Leave it out for 18.');
	}
}

/** Throws unless `options` is undefined or an object with valid `order`, `role` and `today`. */
export function checkParseOptions(options: unknown, orderName = 'order'): void {
	if (options === undefined) return;
	if (typeof options !== 'object' || options === null) {
		invalid('options', 'Must be an object or left out.', options, 'Pass `{ order, role, today }` or nothing.');
	}
	const o = options as Record<string, unknown>;
	checkChoice(orderName, o[orderName], FORM_ORDERS, "Leave it out when the form's order is not known.");
	checkChoice('role', o['role'], DATE_ROLES, 'Leave it out when the date is neither a birth, issue nor expiry date.');
	checkToday(o['today'], false);
}
