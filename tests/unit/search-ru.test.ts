import { describe, expect, test } from 'vitest';
import { search } from '../../src/i18n/search/ru';
import { createQueryLanguage, EMPTY_VOCABULARY, understandQuery, withEnglish } from '../../src/lib/search';

/** The Russian search data: what readers type in the wrong keyboard layout or in Latin letters reaches the right idea. */
const language = createQueryLanguage(withEnglish(search));
const groupOf = (variant: string) => search.synonyms.find((group) => group.variants.includes(variant))?.id;

describe('Russian typing variants', () => {
	test.each<[string, string, string]>([
		// паспорт typed with the Latin layout on
		['gfcgjhn', 'passport', 'wrong layout'],
		// размыто typed with the Latin layout on
		['hfpvsnj', 'blurry', 'wrong layout'],
		// a phone user's transliteration and the passport's
		['pasport', 'passport', 'transliteration'],
		['verifikatsiya', 'kyc', 'transliteration (ICAO-like ts)'],
		['verifikaciya', 'kyc', 'transliteration (c for ц)'],
		['prosrochen', 'expired', 'transliteration'],
	])('%s belongs to %s (%s)', (variant, group) => {
		expect(groupOf(variant)).toBe(group);
	});

	test('a wrong-layout query is understood as the Russian words', () => {
		const understood = understandQuery('gfcgjhn ghjchjxty', EMPTY_VOCABULARY, { language });
		expect(understood.query).toContain('паспорт');
		expect(understood.query).toContain('просрочен');
	});
});
