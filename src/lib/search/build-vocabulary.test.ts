import { describe, expect, test } from 'vitest';
import { buildVocabulary, mdxToText } from './build-vocabulary';
import { parseSearchVocabulary, hasPrefix, EMPTY_VOCABULARY } from './search-vocabulary';

describe('mdxToText', () => {
	test('keeps prose, drops imports, components, expressions and link targets', () => {
		const mdx = [
			"import CategoryArticles from '../../../components/CategoryArticles.astro';",
			'',
			'## Why glare happens',
			'',
			'<CategoryArticles category="document-quality" />',
			'Tilt the card {props.angle} and read [the checklist](/before-you-start/).',
			'<Aside type="tip">Use daylight.</Aside>',
		].join('\n');
		const text = mdxToText(mdx);
		expect(text).toContain('Why glare happens');
		expect(text).toContain('the checklist');
		expect(text).toContain('Use daylight.');
		expect(text).not.toMatch(/CategoryArticles|document-quality|before-you-start|props|import/);
	});
});

describe('buildVocabulary', () => {
	const pages = [
		{ title: 'Glare and reflections', symptoms: ['Glare detected'], body: 'Tilt the card away from the lamp.' },
		{ title: 'Blurry photo', description: 'The image is blurry.', body: 'Hold still. Éclairage 2024.' },
	];

	test('counts every word of titles, descriptions, symptoms and bodies, folded', () => {
		const { words } = buildVocabulary(pages);
		expect(words['glare']).toBe(2);
		expect(words['blurry']).toBe(2);
		expect(words['eclairage']).toBe(1);
		// numbers and one-letter words are not words to correct towards
		expect(words['2024']).toBeUndefined();
	});

	test('is deterministic: the same pages in any order give the same file', () => {
		expect(JSON.stringify(buildVocabulary(pages))).toBe(JSON.stringify(buildVocabulary([...pages].reverse())));
		expect(Object.keys(buildVocabulary(pages).words)).toEqual(Object.keys(buildVocabulary(pages).words).sort());
	});

	test('round-trips through JSON into a searchable vocabulary', () => {
		const vocabulary = parseSearchVocabulary(JSON.parse(JSON.stringify(buildVocabulary(pages))));
		expect(vocabulary.frequencies.get('glare')).toBe(2);
		expect(hasPrefix(vocabulary, 'refl')).toBe(true);
		expect(hasPrefix(vocabulary, 'zz')).toBe(false);
	});

	test('a malformed file gives the empty vocabulary instead of throwing', () => {
		expect(parseSearchVocabulary('oops')).toBe(EMPTY_VOCABULARY);
		expect(parseSearchVocabulary({ words: null })).toBe(EMPTY_VOCABULARY);
		expect(parseSearchVocabulary({ words: { glare: 'many', blur: 2 } }).sorted).toEqual(['blur']);
	});
});
