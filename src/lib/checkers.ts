/**
 * The in-browser checker widgets an article can embed, by id:
 * - `date`: both date tasks; `date-compare`: "same date on account and ID?"; `date-validity`:
 *   "is my document still valid?";
 * - `name`: the name-match tester;
 * - `photo`: the photo checker for a document; `selfie`: the selfie checker (finds the face, then checks it).
 */
export const CHECKERS = ['date', 'date-compare', 'date-validity', 'name', 'photo', 'selfie'] as const;

/** A checker widget's id. */
export type Checker = (typeof CHECKERS)[number];
