/**
 * Name-match tester benchmark: prints the time per comparison over a realistic mix of name pairs,
 * and the worst case for 1,000-character inputs (many parts, all invisible, mixed scripts, one
 * long part). Prints numbers only; no timed assertions (they would be flaky on shared machines).
 *
 * Run: npx vitest run --project bench bench/names.bench.ts
 */
import { expect, it } from 'vitest';
import { compareNames } from '../src/lib/names';

const REALISTIC: ReadonlyArray<readonly [string, string, string?]> = [
	['Jose Garcia', 'JOSÉ GARCÍA'],
	['Hans Müller', 'MUELLER, HANS'],
	['Юлия Щеглова', 'IULIIA SHCHEGLOVA'],
	['Yuliya Shcheglova', 'IULIIA SHCHEGLOVA'],
	['Ivаn Petrov', 'IVAN PETROV'],
	['John\u200B Smith', 'JOHN SMITH'],
	['José García', 'JOSÉ GARCÍA LÓPEZ'],
	['J. Smith', 'JOHN SMITH'],
	['Mohammed Ali', 'MUHAMMAD ALI'],
	['Jan van der Berg', 'JAN VANDERBERG'],
	['Nguyen Van Duc', 'NGUYỄN VĂN ĐỨC'],
	['Wang Xiaoming', 'XIAOMING WANG'],
	['Dr. John Smith Jr.', 'JOHN SMITH'],
	['Maria Lopez', 'PETER JONES'],
	[
		'André Estevão Caçador de Araújo',
		'ANDRÉ ESTEVÃO CAÇADOR DE ARAÚJO',
		'I<PRT007666667<ZZ00<<<<<<<<<<<\n8303143M3405293PRT<<<<<<<<<<<4\nCACADOR<DE<ARAUJO<<ANDRE<ESTEV',
	],
];

function timePerCall(run: () => void, minMs = 300): { perCallMs: number; calls: number } {
	run(); // warm up
	let calls = 0;
	const start = performance.now();
	let elapsed = 0;
	while (elapsed < minMs) {
		run();
		calls++;
		elapsed = performance.now() - start;
	}
	return { perCallMs: elapsed / calls, calls };
}

const N = 1000;
const syllables = ['an', 'na', 'ma', 'ri', 'jo', 'se', 'ül', 'øy', 'ла', 'ос', 'σα', 'αλ'];
const mixed = Array.from({ length: N }, (_, i) => syllables[i % syllables.length]![i % 2]).join('');

const ADVERSARIAL: ReadonlyArray<readonly [string, string, string]> = [
	['500 one-letter parts against 500 others', 'a '.repeat(N / 2), 'b '.repeat(N / 2)],
	['500 one-letter parts, same letters, reversed', 'a b '.repeat(N / 4), 'B A '.repeat(N / 4)],
	['100 ten-letter parts against a shuffled copy', words(100, 9, 1), words(100, 9, 7)],
	['all invisible characters', '\u200B'.repeat(N), '\u2060'.repeat(N)],
	['mixed Latin, Cyrillic, Greek in one part', mixed, mixed.toUpperCase()],
	['mixed scripts split into 3-letter parts', chunk(mixed, 3), chunk(mixed.split('').reverse().join(''), 3)],
	['one 1,000-letter part against a near copy', 'ü'.repeat(N), 'UE'.repeat(N / 2)],
	['emoji and symbols', '🙂 '.repeat(N / 3), '👩‍👩‍👧'.repeat(N / 8)],
	['10,000 characters (capped at 1,000)', 'Müller '.repeat(1500), 'MUELLER '.repeat(1250)],
];

function words(count: number, length: number, seed: number): string {
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		let w = '';
		for (let k = 0; k < length; k++) w += String.fromCharCode(97 + ((i * seed + k * 7) % 26));
		out.push(w);
	}
	return out.join(' ');
}

function chunk(text: string, size: number): string {
	const out: string[] = [];
	for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
	return out.join(' ');
}

it('prints time per comparison and the worst case for 1,000-character inputs', () => {
	const lines: string[] = [];
	const realistic = timePerCall(() => {
		for (const [a, b, mrz] of REALISTIC) compareNames(a, b, mrz ? { mrz } : {});
	});
	lines.push(
		`realistic mix (${REALISTIC.length} pairs, one with an MRZ): ${(realistic.perCallMs / REALISTIC.length).toFixed(3)} ms per comparison`,
	);
	let worst = { label: '', ms: 0 };
	for (const [label, a, b] of ADVERSARIAL) {
		const { perCallMs } = timePerCall(() => compareNames(a, b), 200);
		lines.push(`  ${label.padEnd(48)} ${perCallMs.toFixed(2).padStart(8)} ms`);
		if (perCallMs > worst.ms) worst = { label, ms: perCallMs };
	}
	lines.push(`worst case for 1,000-character inputs: ${worst.ms.toFixed(2)} ms (${worst.label})`);
	console.log(['', 'Name-match tester benchmark', ...lines, ''].join('\n'));
	expect(worst.ms).toBeGreaterThan(0);
});
