import { lowerBound } from '../lower-bound';
import { analyzeName, type AnalyzedName } from './analyze';
import { differencesInPairing, round, side, unpairedDifference } from './differences';
import { pairParts, type Pairing } from './pair-parts';
import type { Separator } from './tokens';
import {
	EQUIVALENT_KINDS,
	PARTIAL_KINDS,
	type Difference,
	type InputProblem,
	type NameComparison,
	type Verdict,
} from './types';

/** Options of the core comparison. */
export interface CompareCoreOptions {
	/** Index of the document part that may be cut short (an MRZ name field that looks truncated). */
	truncatedDocumentPart?: number;
}

/**
 * Compares the name on the account with the name on the identity document. Pure: plain data in,
 * plain data out; user input never makes it throw.
 */
export function compareNameStrings(
	accountName: string,
	documentName: string,
	options: CompareCoreOptions = {},
): NameComparison {
	const account = analyzeName(accountName);
	const document = analyzeName(documentName);
	const problems = inputProblems(account, document);

	if (accountName === documentName) {
		return {
			verdict: 'exact',
			similarity: 1,
			differences: [],
			account: account.analysis,
			document: document.analysis,
			problems,
		};
	}

	const truncatedPart = options.truncatedDocumentPart;
	const pairings = pairParts(account.parts, document.parts, truncatedPart === undefined ? {} : { truncatedPart });
	const differences: Difference[] = [];

	// Characters that should not be there at all.
	differences.push(...stray(account, document));

	// Inside each pair of parts.
	for (const pairing of pairings) {
		if (pairing.kind === 'truncation') {
			differences.push({
				kind: 'truncation',
				account: side(account, pairing.a, []),
				document: side(document, pairing.b, [{ start: pairing.right.part.start, end: pairing.right.part.end }]),
			});
			continue;
		}
		if (pairing.kind === 'initial') {
			differences.push({
				kind: 'initial',
				account: side(account, pairing.a, [{ start: pairing.left.part.start, end: pairing.left.part.end }]),
				document: side(document, pairing.b, [{ start: pairing.right.part.start, end: pairing.right.part.end }]),
			});
			continue;
		}
		if (pairing.kind === 'join') differences.push(joinDifference(account, document, pairing));
		differences.push(...differencesInPairing(account, document, pairing));
	}

	// Between parts.
	differences.push(...separatorDifferences(account, document, pairings));
	const order = orderDifference(account, document, pairings);
	if (order) differences.push(order);

	// Parts only one name has.
	const pairedA = new Set(pairings.flatMap((p) => p.a));
	const pairedB = new Set(pairings.flatMap((p) => p.b));
	const unpairedA = account.parts.map((_, i) => i).filter((i) => !pairedA.has(i));
	const unpairedB = document.parts.map((_, j) => j).filter((j) => !pairedB.has(j));

	const scriptsDiffer =
		pairings.length === 0 &&
		account.analysis.script !== 'none' &&
		document.analysis.script !== 'none' &&
		account.analysis.script !== document.analysis.script;
	if (scriptsDiffer) {
		differences.push({
			kind: 'script',
			account: side(account, unpairedA, []),
			document: side(document, unpairedB, []),
			scheme: 'guess',
		});
	} else {
		for (const i of unpairedA) differences.push(unpairedDifference(account, document, 'account', i));
		for (const j of unpairedB) differences.push(unpairedDifference(account, document, 'document', j));
	}

	const verdict = decideVerdict(pairings, differences);
	return {
		verdict,
		similarity: similarityOf(account, document, pairings, differences),
		differences,
		account: account.analysis,
		document: document.analysis,
		problems,
	};
}

function inputProblems(account: AnalyzedName, document: AnalyzedName): InputProblem[] {
	const out: InputProblem[] = [];
	const check = (name: AnalyzedName, which: 'account' | 'document') => {
		if (name.analysis.text.trim() === '') out.push(`${which}-empty`);
		else if (name.parts.length === 0) out.push(`${which}-no-letters`);
		if (name.tooLong) out.push(`${which}-too-long`);
	};
	check(account, 'account');
	check(document, 'document');
	if (account.rightToLeft || document.rightToLeft) out.push('right-to-left');
	return out;
}

/** The joiner and variation selectors that glue an emoji sequence, each matched alone. */
// eslint-disable-next-line no-misleading-character-class
const EMOJI_GLUE = /^[\u200D\uFE0E\uFE0F]$/u;

/** Invisible characters, control characters and symbols, one difference per run. */
function stray(account: AnalyzedName, document: AnalyzedName): Difference[] {
	const out: Difference[] = [];
	const add = (name: AnalyzedName, which: 'account' | 'document') => {
		let run: { kind: 'invisible' | 'symbol'; start: number; end: number } | undefined;
		const flush = () => {
			if (!run) return;
			const parts = name.parts
				.filter((p) => p.part.start < run!.end && run!.start < p.part.end)
				.map((p) => p.part.index);
			const here = side(name, parts, [{ start: run.start, end: run.end }]);
			const there = { parts: [], ranges: [], text: '' };
			out.push({
				kind: run.kind,
				account: which === 'account' ? here : there,
				document: which === 'document' ? here : there,
			});
			run = undefined;
		};
		for (const c of name.chars) {
			let kind: 'invisible' | 'symbol' | undefined =
				c.note === 'invisible' || (c.note === 'control' && c.cls === 'removed')
					? 'invisible'
					: c.cls === 'other'
						? 'symbol'
						: undefined;
			// A joiner or variation selector inside an emoji sequence belongs to the emoji.
			if (kind === 'invisible' && run?.kind === 'symbol' && EMOJI_GLUE.test(c.raw)) kind = 'symbol';
			if (kind && run && run.kind === kind && run.end === c.start) {
				run.end = c.end;
				continue;
			}
			flush();
			if (kind) run = { kind, start: c.start, end: c.end };
		}
		flush();
	};
	add(account, 'account');
	add(document, 'document');
	return out;
}

/** The spacing or punctuation difference of parts written together on one side. */
function joinDifference(account: AnalyzedName, document: AnalyzedName, pairing: Pairing): Difference {
	const splitSide = pairing.a.length > 1 ? 'account' : 'document';
	const split = splitSide === 'account' ? account : document;
	const indexes = splitSide === 'account' ? pairing.a : pairing.b;
	const seps = indexes.slice(1).map((i) => split.separators[i]!);
	const whole = splitSide === 'account' ? pairing.right : pairing.left;
	const punctuation = seps.some((s) => s.punctuation !== '') || whole.units.some((u) => u.kind === 'apostrophe');
	const sepRanges = seps.map((s) => ({ start: s.start, end: s.end }));
	const wholeRange = [{ start: whole.part.start, end: whole.part.end }];
	return {
		kind: punctuation ? 'punctuation' : 'spacing',
		account: side(account, pairing.a, splitSide === 'account' ? sepRanges : wholeRange),
		document: side(document, pairing.b, splitSide === 'document' ? sepRanges : wholeRange),
	};
}

function signature(s: Separator): string {
	return `${s.punctuation}|${s.spaces > 0 ? 1 : 0}|${s.spaces}|${s.oddSpace}`;
}

/** Spaces and punctuation between parts that are paired in the same order, and at the ends. */
function separatorDifferences(
	account: AnalyzedName,
	document: AnalyzedName,
	pairings: readonly Pairing[],
): Difference[] {
	const out: Difference[] = [];
	const compare = (sa: Separator, sb: Separator, explanation?: 'leading-space' | 'trailing-space') => {
		if (signature(sa) === signature(sb)) return;
		const kind = sa.punctuation !== sb.punctuation ? 'punctuation' : 'spacing';
		out.push({
			kind,
			account: side(account, [], sa.end > sa.start ? [{ start: sa.start, end: sa.end }] : []),
			document: side(document, [], sb.end > sb.start ? [{ start: sb.start, end: sb.end }] : []),
			...(explanation && kind === 'spacing' ? { explanation } : {}),
		});
	};
	const byA = new Map<number, Pairing>();
	for (const p of pairings) byA.set(p.a[0]!, p);
	for (const p of pairings) {
		const lastA = p.a[p.a.length - 1]!;
		const lastB = p.b[p.b.length - 1]!;
		const next = byA.get(lastA + 1);
		if (next && next.b[0] === lastB + 1) compare(account.separators[lastA + 1]!, document.separators[lastB + 1]!);
	}
	// The ends count only when the first (last) parts of both names are paired with each other;
	// the period after an unpaired "Jr." is part of that title.
	const firstA = pairings.find((p) => p.a.includes(0));
	if (firstA?.b.includes(0)) compare(account.separators[0]!, document.separators[0]!, 'leading-space');
	const lastA = account.parts.length - 1;
	const lastB = document.parts.length - 1;
	const final = pairings.find((p) => p.a.includes(lastA));
	if (final?.b.includes(lastB))
		compare(account.separators[lastA + 1]!, document.separators[lastB + 1]!, 'trailing-space');
	return out;
}

/** Parts paired out of order: the fewest moved parts (outside a longest increasing run). */
function orderDifference(
	account: AnalyzedName,
	document: AnalyzedName,
	pairings: readonly Pairing[],
): Difference | undefined {
	const sorted = [...pairings].sort((x, y) => x.a[0]! - y.a[0]!);
	const seq = sorted.map((p) => p.b[0]!);
	const keep = longestIncreasing(seq);
	const moved = sorted.filter((_, k) => !keep.has(k));
	if (moved.length === 0) return undefined;
	const aParts = moved.flatMap((p) => p.a);
	const bParts = moved.flatMap((p) => p.b);
	const rangesOf = (name: AnalyzedName, parts: number[]) =>
		parts.map((i) => ({ start: name.parts[i]!.part.start, end: name.parts[i]!.part.end }));
	const inner = (name: AnalyzedName) => name.separators.slice(1, -1).some((s) => s.punctuation.includes(','));
	return {
		kind: 'order',
		account: side(account, aParts, rangesOf(account, aParts)),
		document: side(document, bParts, rangesOf(document, bParts)),
		...(inner(account) || inner(document) ? { explanation: 'comma-form' as const } : {}),
	};
}

/** Indexes of one longest strictly increasing subsequence, O(n log n). */
function longestIncreasing(seq: readonly number[]): Set<number> {
	const tails: number[] = [];
	const tailIndex: number[] = [];
	const previous = new Array<number>(seq.length).fill(-1);
	seq.forEach((value, i) => {
		const lo = lowerBound(tails, value);
		tails[lo] = value;
		tailIndex[lo] = i;
		previous[i] = lo > 0 ? tailIndex[lo - 1]! : -1;
	});
	const out = new Set<number>();
	let k = tails.length > 0 ? tailIndex[tails.length - 1]! : -1;
	while (k >= 0) {
		out.add(k);
		k = previous[k]!;
	}
	return out;
}

function decideVerdict(pairings: readonly Pairing[], differences: readonly Difference[]): Verdict {
	if (pairings.length === 0) return 'different';
	let partial = false;
	for (const d of differences) {
		if (EQUIVALENT_KINDS.has(d.kind)) continue;
		if (PARTIAL_KINDS.has(d.kind)) partial = true;
		else return 'different';
	}
	return partial ? 'partial' : 'equivalent';
}

function similarityOf(
	account: AnalyzedName,
	document: AnalyzedName,
	pairings: readonly Pairing[],
	differences: readonly Difference[],
): number {
	const titles = differences.filter((d) => d.kind === 'title').length;
	const total = account.parts.length + document.parts.length - titles;
	if (total <= 0) return 0;
	let matched = 0;
	for (const p of pairings) {
		const spelled = differences.find(
			(d) => d.kind === 'spelling' && d.account.parts[0] === p.a[0] && d.document.parts[0] === p.b[0],
		);
		const similarity = spelled?.similarity ?? p.similarity;
		matched += similarity * (p.a.length + p.b.length);
	}
	return round(Math.min(1, matched / total));
}
