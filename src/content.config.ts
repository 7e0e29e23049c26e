import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { FAILURE_CATEGORIES } from './lib/categories';
import { CHECKERS } from './lib/checkers';
import { IN_SHORT_MAX_LENGTH } from './lib/in-short';
import { ENABLED_LOCALES } from './i18n/locales';
import { docsPatterns } from './i18n/paths';

/**
 * The article contract. Every page in a category folder names its `category` (a typo fails
 * the build), what the reader saw (`symptoms`), the fix in short (`inShort`), which checkers
 * help, and when it was last reviewed against the sources.
 */
export const collections = {
	docs: defineCollection({
		// Starlight's docsLoader() with the folders of languages not yet enabled left out.
		loader: glob({ base: './src/content/docs', pattern: docsPatterns(ENABLED_LOCALES) }),
		schema: (context) =>
			docsSchema({
				extend: z.object({
					category: z.enum(FAILURE_CATEGORIES).optional(),
					symptoms: z.array(z.string().min(1)).default([]),
					/** The fix in one or two sentences, shown under the title. */
					inShort: z.string().trim().min(1).max(IN_SHORT_MAX_LENGTH).optional(),
					checkers: z.array(z.enum(CHECKERS)).default([]),
					lastReviewed: z.coerce.date().optional(),
				}),
			})(context).superRefine((data, issues) => {
				// An article is a page with a category and what the reader saw; overview pages list no
				// symptoms. tests/unit/content.test.ts checks the same rule by folder.
				if (data.category && data.symptoms.length > 0 && !data.inShort) {
					issues.addIssue({
						code: 'custom',
						path: ['inShort'],
						message: `An article needs \`inShort\`: the fix in one or two sentences, at most ${IN_SHORT_MAX_LENGTH} characters.`,
					});
				}
			}),
	}),
};
