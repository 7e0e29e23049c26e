import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { FAILURE_CATEGORIES } from './lib/categories';
import { CHECKERS } from './lib/checkers';

/**
 * The article contract. Every page in a category folder names its `category` (a typo fails
 * the build), what the reader saw (`symptoms`), which checkers help, and when it was last
 * reviewed against the sources.
 */
export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({
			extend: z.object({
				category: z.enum(FAILURE_CATEGORIES).optional(),
				symptoms: z.array(z.string().min(1)).default([]),
				checkers: z.array(z.enum(CHECKERS)).default([]),
				lastReviewed: z.coerce.date().optional(),
			}),
		}),
	}),
};
