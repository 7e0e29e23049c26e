/**
 * Just enough of a PDF reader to get the text back out of a PDF that Chromium printed, so a test can
 * check what is on the paper.
 *
 * Chromium (Skia) writes plain numbered objects, Flate-compressed content streams, and text as
 * 2-byte glyph ids (`Identity-H`) in hex strings, each font carrying a `ToUnicode` CMap from glyph
 * id to Unicode. Searching the raw file for words therefore finds nothing; mapping the glyph ids
 * through each font's CMap gives the text back, in drawing order. Not a general PDF parser: object
 * streams, encrypted files and simple (non-CID) fonts are out of scope.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
	dict: string;
	stream?: Buffer;
}

/** The objects of a PDF by number, with their streams decompressed. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
	const text = pdf.toString('latin1');
	const objects = new Map<number, PdfObject>();
	for (const match of text.matchAll(/(\d+) 0 obj\b/g)) {
		const start = match.index! + match[0].length;
		const end = text.indexOf('endobj', start);
		const body = text.slice(start, end);
		const streamAt = body.search(/\bstream\r?\n/);
		if (streamAt < 0) {
			objects.set(Number(match[1]), { dict: body });
			continue;
		}
		const dict = body.slice(0, streamAt);
		const dataStart = start + streamAt + body.slice(streamAt).match(/^stream\r?\n/)![0].length;
		const length = Number(dict.match(/\/Length (\d+)(?! \d+ R)/)?.[1] ?? NaN);
		const dataEnd = Number.isFinite(length) ? dataStart + length : text.indexOf('endstream', dataStart);
		let stream = pdf.subarray(dataStart, dataEnd);
		if (/\/FlateDecode/.test(dict)) stream = inflateSync(stream);
		objects.set(Number(match[1]), { dict, stream });
	}
	return objects;
}

/** A ToUnicode CMap: glyph code (hex) to text. */
function parseCMap(cmap: string): Map<string, string> {
	const map = new Map<string, string>();
	const unicode = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
	for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
		for (const [, code, text] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
			map.set(code!.toUpperCase(), unicode(text!));
	}
	for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
		for (const [, lo, hi, target] of block[1]!.matchAll(
			/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g,
		)) {
			const first = parseInt(lo!, 16);
			const last = parseInt(hi!, 16);
			const targets = target!.startsWith('[')
				? [...target!.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => m[1]!)
				: undefined;
			for (let code = first; code <= last; code++) {
				const key = code.toString(16).toUpperCase().padStart(lo!.length, '0');
				if (targets) map.set(key, unicode(targets[code - first] ?? ''));
				else {
					const base = target!.slice(1, -1);
					const bumped = (parseInt(base.slice(-4), 16) + code - first).toString(16).padStart(4, '0');
					map.set(key, unicode(base.slice(0, -4) + bumped));
				}
			}
		}
	}
	return map;
}

export interface PdfText {
	/** Number of pages. */
	pages: number;
	/** The text of each page, a line per text positioning, in drawing order. */
	text: string[];
}

/** Reads the pages and their text from a PDF printed by Chromium. */
export function readPdfText(pdf: Buffer): PdfText {
	if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('Not a PDF: it does not start with %PDF-.');
	const objects = readObjects(pdf);
	const ref = (value: string | undefined) => (value === undefined ? undefined : objects.get(Number(value)));

	// Fonts by object number: their ToUnicode CMaps. Skia names a page's font resources by object number, but follow the names anyway.
	const cmaps = new Map<number, Map<string, string>>();
	for (const [number, object] of objects) {
		const toUnicode = object.dict.match(/\/ToUnicode (\d+) 0 R/)?.[1];
		const stream = ref(toUnicode)?.stream;
		if (stream) cmaps.set(number, parseCMap(stream.toString('latin1')));
	}

	// Pages in order: the page tree's kids, depth first.
	const catalog = [...objects.values()].find((object) => /\/Type\s*\/Catalog\b/.test(object.dict));
	const pageObjects: PdfObject[] = [];
	const walk = (node: PdfObject | undefined) => {
		if (!node) return;
		if (/\/Type\s*\/Page\b/.test(node.dict)) pageObjects.push(node);
		const kids = node.dict.match(/\/Kids\s*\[([^\]]*)\]/)?.[1];
		for (const [, kid] of kids?.matchAll(/(\d+) 0 R/g) ?? []) walk(ref(kid));
	};
	walk(ref(catalog?.dict.match(/\/Pages (\d+) 0 R/)?.[1]));

	const text = pageObjects.map((page) => {
		const fonts = new Map<string, number>();
		const fontDict = page.dict.match(/\/Font\s*<<([^>]*)>>/)?.[1] ?? '';
		for (const [, name, number] of fontDict.matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)) fonts.set(name!, Number(number));
		const contents = page.dict.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/)?.[1] ?? '';
		const content = [...contents.matchAll(/(\d+) 0 R/g)]
			.map(([, number]) => ref(number)?.stream?.toString('latin1') ?? '')
			.join('\n');

		let cmap: Map<string, string> | undefined;
		let out = '';
		for (const [, font, hex, operator] of content.matchAll(
			/\/([^\s/]+)\s+[-\d.]+\s+Tf\b|<([0-9a-fA-F\s]*)>|\b(Td|TD|Tm|T\*|ET)\b/g,
		)) {
			if (font) cmap = cmaps.get(fonts.get(font) ?? -1);
			else if (hex !== undefined && cmap)
				out += (hex.replace(/\s+/g, '').toUpperCase().match(/.{4}/g) ?? [])
					.map((code) => cmap!.get(code) ?? '')
					.join('');
			else if (operator && !out.endsWith('\n')) out += '\n';
		}
		return out;
	});
	return { pages: pageObjects.length, text };
}
