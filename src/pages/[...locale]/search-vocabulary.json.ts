import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { localeOfPath } from '../../i18n/paths';
import { localeRoutes } from '../../i18n/routes';
import type { Locale } from '../../i18n/locales';
import { buildVocabulary } from '../../lib/search/build-vocabulary';

export const getStaticPaths = (() => localeRoutes()) satisfies GetStaticPaths;

/**
 * `search-vocabulary.json` (and `es/search-vocabulary.json` for each enabled language): every word
 * of one language's indexed content with its frequency, built from the docs collection at build
 * time. The search surfaces of that language load it to correct misspellings towards words its
 * Pagefind index really has, so pages left out of the index (`pagefind: false`, such as the 404
 * page, and drafts) are left out here too. Deterministic: entries are sorted by id and the words by key.
 */
export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: Locale };
	const entries = (
		await getCollection(
			'docs',
			(entry) => entry.data.pagefind && !entry.data.draft && localeOfPath(entry.id) === locale,
		)
	).sort((a, b) => a.id.localeCompare(b.id));
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
