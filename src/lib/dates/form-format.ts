/**
 * How to write a date for a form: the digits the user should type, in the form's order.
 */
import type { FormOrder } from './types';

/** `iso` (YYYY-MM-DD) written in `order` with `separator`: `formatForForm('1990-01-12', 'MDY')` → `01/12/1990`. */
export function formatForForm(iso: string, order: FormOrder, separator = '/'): string {
	const [year = '', month = '', day = ''] = iso.split('-');
	const fields = { D: day, M: month, Y: year };
	return Array.from(order, (f) => fields[f as 'D' | 'M' | 'Y']).join(separator);
}
