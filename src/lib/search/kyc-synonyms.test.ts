import { describe, expect, test } from 'vitest';
import { KYC_SYNONYMS } from './kyc-synonyms';
import { tokenize } from './normalize';
import { findSynonymHits } from './synonym-match';

describe('KYC_SYNONYMS table', () => {
	test('has at least 40 groups with unique ids', () => {
		expect(KYC_SYNONYMS.length).toBeGreaterThanOrEqual(40);
		const ids = KYC_SYNONYMS.map((group) => group.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('every group has guide wording and every entry has words', () => {
		for (const group of KYC_SYNONYMS) {
			expect(group.guide.length, group.id).toBeGreaterThan(0);
			for (const phrase of [...group.guide, ...group.variants])
				expect(tokenize(phrase).length, phrase).toBeGreaterThan(0);
		}
	});

	test('no variant belongs to two groups (a phrase must mean one thing)', () => {
		const owner = new Map<string, string>();
		const clashes: string[] = [];
		for (const group of KYC_SYNONYMS) {
			for (const phrase of group.variants) {
				const key = tokenize(phrase).join(' ');
				const previous = owner.get(key);
				if (previous && previous !== group.id) clashes.push(`${key}: ${previous} / ${group.id}`);
				owner.set(key, group.id);
			}
		}
		expect(clashes).toEqual([]);
	});

	test('no variant is another group’s guide wording (it would be read as that group)', () => {
		const guideOwner = new Map<string, string>();
		for (const group of KYC_SYNONYMS) {
			for (const phrase of group.guide) {
				const key = tokenize(phrase).join(' ');
				if (!guideOwner.has(key)) guideOwner.set(key, group.id);
			}
		}
		const clashes = KYC_SYNONYMS.flatMap((group) =>
			group.variants
				.map((phrase) => tokenize(phrase).join(' '))
				.filter((key) => guideOwner.has(key) && guideOwner.get(key) !== group.id)
				.map((key) => `${key}: ${guideOwner.get(key)} / ${group.id}`),
		);
		expect(clashes).toEqual([]);
	});
});

describe.each<{ query: string; groups: string[] }>([
	// everyday word for the liveness selfie
	{ query: 'face scan failed', groups: ['selfie', 'rejected'] },
	// British spelling
	{ query: 'driving licence blurry', groups: ['driving-licence', 'blurry'] },
	// American spelling with an apostrophe
	{ query: "driver's license expired", groups: ['driving-licence', 'expired'] },
	// non-native phrasing: "not same with"
	{ query: 'name not same with passport', groups: ['name', 'mismatch', 'passport'] },
	// the longest phrase wins: one camera hit, not camera + stuck
	{ query: 'camera not working', groups: ['camera'] },
	// plural of a variant
	{ query: 'white spots on my card', groups: ['glare', 'id-document'] },
	// Onfido's capture message, quoted
	{ query: 'Change angle to avoid glare', groups: ['glare'] },
	// Sumsub's rejection label
	{ query: 'Data not readable', groups: ['blurry'] },
	// Onfido's selfie message
	{ query: 'Face not detected', groups: ['face-not-detected'] },
	// typographic apostrophe from a phone keyboard
	{ query: 'doesn’t match', groups: ['mismatch'] },
	// DOB written with dots
	{ query: 'D.O.B. wrong', groups: ['date-of-birth', 'mismatch'] },
	// nothing from the table
	{ query: 'hello there', groups: [] },
])('findSynonymHits($query)', ({ query, groups }) => {
	test(`finds ${groups.join(', ') || 'nothing'}`, () => {
		expect(findSynonymHits(tokenize(query), KYC_SYNONYMS).map((hit) => hit.group.id)).toEqual(groups);
	});
});
