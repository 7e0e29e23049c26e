import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildVocabulary } from '../lib/search/build-vocabulary';

/**
 * `search-vocabulary.json`: every word of the indexed content with its frequency, built from the
 * docs collection at build time. The search surfaces load it to correct misspellings towards
 * words the Pagefind index really has, so pages left out of the index (`pagefind: false`, such
 * as the 404 page, and drafts) are left out here too. Deterministic: entries are sorted by id and
 * the words by key.
 */
export const GET: APIRoute = async () => {
	const entries = (await getCollection('docs', (entry) => entry.data.pagefind && !entry.data.draft)).sort((a, b) =>
		a.id.localeCompare(b.id),
	);
	const vocabulary = buildVocabulary(
		entries.map((entry) => ({
			title: entry.data.title,
			description: entry.data.description,
			symptoms: entry.data.symptoms,
			body: entry.body ?? '',
		})),
	);
	return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
