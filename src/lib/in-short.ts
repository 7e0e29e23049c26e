/**
 * The longest "In short" an article may have, in characters: about two short sentences, which
 * fit on a small phone's first screen under the title.
 */
export const IN_SHORT_MAX_LENGTH = 200;
