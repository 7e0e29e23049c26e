/** The in-browser checker widgets an article can point to. */
export const CHECKERS = ['date', 'name', 'photo'] as const;

/** A checker widget's id. */
export type Checker = (typeof CHECKERS)[number];
