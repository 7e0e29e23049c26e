/**
 * The in-browser checker widgets an article can embed, by id. `selfie` is the photo checker in
 * its selfie mode (the lighting checks of the facial-verification articles).
 */
export const CHECKERS = ['date', 'name', 'photo', 'selfie'] as const;

/** A checker widget's id. */
export type Checker = (typeof CHECKERS)[number];
