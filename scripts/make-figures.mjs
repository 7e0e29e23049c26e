#!/usr/bin/env node
/**
 * Makes the right/wrong example photos of the guide's articles (src/assets/figures/), from documents
 * and a face drawn here in SVG: a fictitious ID card (front and back, ID-1 / TD1) and passport data page
 * (TD3) of the ICAO specimen state "Utopia" (UTO) for "ANNA MARIA EXAMPLE", and a face illustration.
 * Nothing is copied from anywhere: the drawings are this file, so every figure can be changed and made
 * again. sharp (librsvg) renders the SVG; the faults (glare, blur, cut corners, distance, shadow,
 * backlight, sunglasses, closeness, motion) are applied here, in code.
 *
 * Run: node scripts/make-figures.mjs   (writes the drawings to src/assets/figures/source/ and the
 * photos to src/assets/figures/). Text is rendered with the fonts fontconfig finds (DejaVu Sans and
 * DejaVu Sans Mono on Debian), so another machine may draw slightly different letters: the committed
 * files are the reference, and tests/unit/figures.test.ts checks the photo checker agrees with them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { parse as parseMrz } from 'mrz';

const OUT = fileURLToPath(new URL('../src/assets/figures/', import.meta.url));
const SRC = `${OUT}source/`;

/** A landscape phone photo scaled to the size the guide keeps (the photo checker's "enough pixels" level). */
const PHOTO = { width: 1280, height: 960 };
/** A portrait selfie at the same size. */
const SELFIE = { width: 960, height: 1280 };

// --- The person and the documents --------------------------------------------------------------

const PERSON = {
	surname: 'EXAMPLE',
	given: 'ANNA MARIA',
	birth: '740812', // 12 Aug 1974 (YYMMDD, as in the MRZ)
	birthText: '12 08 1974',
	sex: 'F',
	expiry: '320415',
	expiryText: '15 04 2032',
	issueText: '16 04 2022',
	state: 'UTO', // ICAO Doc 9303's specimen state, Utopia
	nationality: 'UTOPIAN',
	cardNumber: 'D23145890',
	passportNumber: 'L898902C3',
};

/** ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A–Z as 10–35, '<' as 0. */
function checkDigit(text) {
	let sum = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		const v = c === '<' ? 0 : /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
		sum += v * [7, 3, 1][i % 3];
	}
	return String(sum % 10);
}

const pad = (text, length) => (text + '<'.repeat(length)).slice(0, length);
const nameField = (length) => pad(`${PERSON.surname}<<${PERSON.given.replace(/ /g, '<')}`, length);

/** TD3 (passport): two lines of 44. */
function td3Mrz() {
	const number = PERSON.passportNumber + checkDigit(PERSON.passportNumber);
	const birth = PERSON.birth + checkDigit(PERSON.birth);
	const expiry = PERSON.expiry + checkDigit(PERSON.expiry);
	const optional = pad('', 14) + checkDigit(pad('', 14));
	const composite = number + birth + expiry + optional;
	const line2 = `${number}${PERSON.state}${birth}${PERSON.sex}${expiry}${optional}${checkDigit(composite)}`;
	return [pad(`P<${PERSON.state}${nameField(39)}`, 44), line2];
}

/** TD1 (ID card, on the back): three lines of 30. */
function td1Mrz() {
	const number = PERSON.cardNumber + checkDigit(PERSON.cardNumber);
	const line1 = pad(`I<${PERSON.state}${number}`, 30);
	const birth = PERSON.birth + checkDigit(PERSON.birth);
	const expiry = PERSON.expiry + checkDigit(PERSON.expiry);
	const head = `${birth}${PERSON.sex}${expiry}${PERSON.state}${pad('', 11)}`;
	const composite = line1.slice(5, 30) + head.slice(0, 7) + head.slice(8, 15) + head.slice(18, 29);
	return [line1, head + checkDigit(composite), nameField(30)];
}

/**
 * The MRZs must be valid, or the pictures would teach something false. The mrz package does not list
 * Utopia among its state codes, so only that complaint is allowed.
 */
for (const lines of [td3Mrz(), td1Mrz()]) {
	const wrong = parseMrz(lines).details.filter((d) => !d.valid && !/state code: UTO/.test(d.error ?? ''));
	if (wrong.length > 0) throw new Error(`Drawn MRZ is invalid:\n${lines.join('\n')}\n${JSON.stringify(wrong)}`);
}

const SANS = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
/** OCR-B is the MRZ's font (ICAO 9303 part 3); a monospace face stands in when it is not installed. */
const MONO = "'OCR B', 'OCR-B', OCRB, 'DejaVu Sans Mono', 'Liberation Mono', monospace";

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Fine wavy security lines (guilloche-like), as one path. */
function guilloche(width, height, colour, step = 14, amp = 9) {
	let d = '';
	for (let y = -amp; y < height + amp; y += step) {
		d += `M0 ${y}`;
		for (let x = 0; x <= width; x += 20) d += ` L${x} ${(y + amp * Math.sin(x / 37 + y / 23)).toFixed(1)}`;
	}
	return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="1.1" opacity="0.55"/>`;
}

/** The portrait printed on a document: a grey-blue photo of a drawn head and shoulders. */
function printedPortrait(x, y, w, h) {
	const cx = x + w / 2;
	return `
	<defs>
		<linearGradient id="pbg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#d7dde3"/><stop offset="1" stop-color="#b9c3cc"/></linearGradient>
		<radialGradient id="pface" cx="0.45" cy="0.4" r="0.7"><stop offset="0" stop-color="#b08a74"/><stop offset="1" stop-color="#7d6456"/></radialGradient>
	</defs>
	<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#pbg)"/>
	<path d="M${x} ${y + h} C${x + w * 0.05} ${y + h * 0.78} ${x + w * 0.25} ${y + h * 0.72} ${cx} ${y + h * 0.7} C${x + w * 0.75} ${y + h * 0.72} ${x + w * 0.95} ${y + h * 0.78} ${x + w} ${y + h} Z" fill="#3d4149"/>
	<ellipse cx="${cx}" cy="${y + h * 0.4}" rx="${w * 0.3}" ry="${h * 0.29}" fill="#2b2d31"/>
	<rect x="${cx - w * 0.09}" y="${y + h * 0.55}" width="${w * 0.18}" height="${h * 0.2}" fill="#6e5a4f"/>
	<ellipse cx="${cx}" cy="${y + h * 0.45}" rx="${w * 0.21}" ry="${h * 0.22}" fill="url(#pface)"/>
	<path d="M${cx - w * 0.23} ${y + h * 0.42} C${cx - w * 0.22} ${y + h * 0.2} ${cx + w * 0.22} ${y + h * 0.18} ${cx + w * 0.23} ${y + h * 0.38} C${cx + w * 0.1} ${y + h * 0.3} ${cx - w * 0.12} ${y + h * 0.3} ${cx - w * 0.23} ${y + h * 0.42} Z" fill="#2b2d31"/>`;
}

function field(x, y, label, value, size = 30) {
	return `<text x="${x}" y="${y}" font-family="${SANS}" font-size="17" fill="#4a5a6a">${esc(label)}</text>
	<text x="${x}" y="${y + size + 4}" font-family="${SANS}" font-size="${size}" font-weight="bold" fill="#15202b">${esc(value)}</text>`;
}

const signature = (x, y) =>
	`<path d="M${x} ${y} c12 -30 22 -30 26 -4 s10 22 24 -8 s14 -20 20 6 s18 10 30 -14 s20 4 34 -2" fill="none" stroke="#1d2a5a" stroke-width="3" stroke-linecap="round"/>`;

/** ID-1 card front, 856 × 540 (0.1 mm units: ISO/IEC 7810 is 85.6 × 54 mm). */
function idCardFront() {
	const W = 856,
		H = 540;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
	<defs><linearGradient id="cbg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e9f1f3"/><stop offset="0.6" stop-color="#dce9e4"/><stop offset="1" stop-color="#e8e2ef"/></linearGradient>
	<clipPath id="round"><rect width="${W}" height="${H}" rx="32"/></clipPath></defs>
	<g clip-path="url(#round)">
	<rect width="${W}" height="${H}" fill="url(#cbg)"/>
	${guilloche(W, H, '#9fc3bd')}
	<rect width="${W}" height="84" fill="#1f5f7a"/>
	<circle cx="62" cy="42" r="26" fill="none" stroke="#f2d680" stroke-width="4"/><path d="M62 22 l6 14 h15 l-12 9 5 15 -14 -9 -14 9 5 -15 -12 -9 h15 z" fill="#f2d680"/>
	<text x="106" y="38" font-family="${SANS}" font-size="26" font-weight="bold" fill="#ffffff" letter-spacing="3">REPUBLIC OF UTOPIA</text>
	<text x="106" y="68" font-family="${SANS}" font-size="19" fill="#d9ecf2" letter-spacing="2">IDENTITY CARD · SPECIMEN</text>
	${printedPortrait(40, 112, 236, 300)}
	${field(310, 128, 'Surname', PERSON.surname)}
	${field(310, 200, 'Given names', PERSON.given)}
	${field(310, 272, 'Date of birth', PERSON.birthText, 26)}
	${field(560, 272, 'Sex', PERSON.sex, 26)}
	${field(310, 338, 'Nationality', PERSON.nationality, 26)}
	${field(560, 338, 'Date of expiry', PERSON.expiryText, 26)}
	${field(310, 404, 'Card number', PERSON.cardNumber, 26)}
	<text x="40" y="448" font-family="${SANS}" font-size="17" fill="#4a5a6a">Signature</text>
	${signature(50, 500)}
	<circle cx="760" cy="460" r="44" fill="#c9b6e4" opacity="0.55"/><circle cx="760" cy="460" r="30" fill="none" stroke="#8e7bb8" stroke-width="3" opacity="0.7"/>
	</g></svg>`;
}

/** ID-1 card back with its TD1 machine-readable zone (three lines of 30) along the bottom. */
function idCardBack() {
	const W = 856,
		H = 540;
	const lines = td1Mrz();
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
	<defs><linearGradient id="cbg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e8e2ef"/><stop offset="1" stop-color="#e9f1f3"/></linearGradient>
	<clipPath id="round"><rect width="${W}" height="${H}" rx="32"/></clipPath></defs>
	<g clip-path="url(#round)">
	<rect width="${W}" height="${H}" fill="url(#cbg)"/>
	${guilloche(W, 330, '#b5b0d0')}
	${field(40, 60, 'Place of birth', 'EXAMPLETOWN', 26)}
	${field(40, 126, 'Date of issue', PERSON.issueText, 26)}
	${field(320, 126, 'Authority', 'UTOPIA CITY', 26)}
	${field(40, 192, 'Address', '1 SAMPLE STREET, UTOPIA CITY', 24)}
	<rect x="600" y="30" width="216" height="150" rx="10" fill="#cfc2a0"/><path d="M620 60 h176 M620 90 h176 M620 120 h176 M620 150 h176" stroke="#b39c68" stroke-width="3"/>
	<rect x="0" y="332" width="${W}" height="208" fill="#ecebe3"/>
	${lines
		.map(
			(line, i) =>
				`<text x="34" y="${392 + i * 56}" font-family="${MONO}" font-size="43" textLength="788" lengthAdjust="spacingAndGlyphs" fill="#111111">${esc(line)}</text>`,
		)
		.join('\n')}
	</g></svg>`;
}

/** Passport data page (TD3), 1250 × 880 (0.1 mm: ICAO 9303 is 125 × 88 mm), MRZ of two lines of 44 at the bottom. */
function passportPage() {
	const W = 1250,
		H = 880;
	const lines = td3Mrz();
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
	<defs><linearGradient id="pg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f0dfe2"/><stop offset="0.55" stop-color="#e6eedc"/><stop offset="1" stop-color="#d9e6ef"/></linearGradient></defs>
	<rect width="${W}" height="${H}" fill="url(#pg)"/>
	${guilloche(W, 690, '#c1ccb1', 16, 11)}
	<rect width="${W}" height="96" fill="#7a2a3a"/>
	<circle cx="1170" cy="48" r="30" fill="none" stroke="#f2d680" stroke-width="5"/><path d="M1170 24 l7 16 h17 l-14 10 6 17 -16 -10 -16 10 6 -17 -14 -10 h17 z" fill="#f2d680"/>
	<text x="60" y="62" font-family="${SANS}" font-size="32" font-weight="bold" fill="#ffffff" letter-spacing="3">REPUBLIC OF UTOPIA · PASSPORT</text>
	<circle cx="1080" cy="600" r="70" fill="#e3c6a0" opacity="0.6"/>
	${printedPortrait(60, 130, 330, 420)}
	${field(440, 130, 'Type / Code / Passport No.', `P   ${PERSON.state}   ${PERSON.passportNumber}`, 32)}
	${field(440, 210, 'Surname', PERSON.surname, 34)}
	${field(440, 290, 'Given names', PERSON.given, 34)}
	${field(440, 370, 'Nationality', PERSON.nationality, 30)}
	${field(440, 440, 'Date of birth', PERSON.birthText, 30)}
	${field(800, 440, 'Sex', PERSON.sex, 30)}
	${field(440, 510, 'Date of issue', PERSON.issueText, 30)}
	${field(800, 510, 'Date of expiry', PERSON.expiryText, 30)}
	<text x="60" y="590" font-family="${SANS}" font-size="19" fill="#4a5a6a">Holder's signature</text>
	${signature(80, 650)}
	<rect x="0" y="700" width="${W}" height="180" fill="#ecebe3"/>
	${lines
		.map(
			(line, i) =>
				`<text x="44" y="${772 + i * 70}" font-family="${MONO}" font-size="43" textLength="1162" lengthAdjust="spacingAndGlyphs" fill="#111111">${esc(line)}</text>`,
		)
		.join('\n')}
	</svg>`;
}

/**
 * The face illustration for the selfie examples, 960 × 1280. `backlit` puts a bright window behind the
 * person and underexposes the person (a filter scaling their colours to 20 %), as a camera exposing for the
 * window does; `sunglasses` adds dark glasses.
 */
function face({ backlit = false, sunglasses = false } = {}) {
	const W = SELFIE.width,
		H = SELFIE.height;
	const wall = backlit
		? `<rect width="${W}" height="${H}" fill="#fdfdf9"/><path d="M0 ${H * 0.08} H${W} M0 ${H * 0.52} H${W} M${W * 0.5} 0 V${H}" stroke="#d8d6cc" stroke-width="22"/>`
		: `<defs><radialGradient id="wall" cx="0.5" cy="0.35" r="0.9"><stop offset="0" stop-color="#c9c4ba"/><stop offset="1" stop-color="#9d978c"/></radialGradient></defs><rect width="${W}" height="${H}" fill="url(#wall)"/>`;
	const skin = '#c58c67';
	const person = `
	<defs><filter id="under" color-interpolation-filters="sRGB"><feComponentTransfer><feFuncR type="linear" slope="0.2"/><feFuncG type="linear" slope="0.2"/><feFuncB type="linear" slope="0.22"/></feComponentTransfer></filter></defs>
	<g${backlit ? ' filter="url(#under)"' : ''}>
	<defs><radialGradient id="skin" cx="0.42" cy="0.38" r="0.75"><stop offset="0" stop-color="#e0ab86"/><stop offset="1" stop-color="${skin}"/></radialGradient></defs>
	<path d="M60 ${H} C90 1030 250 960 480 950 C710 960 870 1030 900 ${H} Z" fill="#2f6f73"/>
	<path d="M390 930 C420 990 540 990 570 930 L560 880 H400 Z" fill="#b37a57"/>
	<rect x="405" y="700" width="150" height="230" fill="#b98060"/>
	<path d="M250 430 C230 250 330 170 480 170 C630 170 730 250 710 430 C700 560 720 720 760 860 C640 880 600 700 600 600 L360 600 C360 700 320 880 200 860 C240 720 260 560 250 430 Z" fill="#3b2a22"/>
	<ellipse cx="282" cy="520" rx="30" ry="52" fill="#b97f5b"/><ellipse cx="678" cy="520" rx="30" ry="52" fill="#b97f5b"/>
	<ellipse cx="480" cy="500" rx="200" ry="262" fill="url(#skin)"/>
	<path d="M282 420 C300 270 400 230 480 232 C580 232 650 280 680 420 C640 330 560 300 470 300 C390 300 320 340 282 420 Z" fill="#3b2a22"/>
	<path d="M372 432 q40 -22 84 -4" fill="none" stroke="#4a3328" stroke-width="11" stroke-linecap="round"/>
	<path d="M504 428 q44 -18 84 4" fill="none" stroke="#4a3328" stroke-width="11" stroke-linecap="round"/>
	<ellipse cx="414" cy="478" rx="40" ry="20" fill="#f7f3ef"/><circle cx="414" cy="478" r="15" fill="#5b3b25"/><circle cx="414" cy="478" r="7" fill="#111"/><circle cx="419" cy="473" r="3.5" fill="#fff"/>
	<ellipse cx="546" cy="478" rx="40" ry="20" fill="#f7f3ef"/><circle cx="546" cy="478" r="15" fill="#5b3b25"/><circle cx="546" cy="478" r="7" fill="#111"/><circle cx="551" cy="473" r="3.5" fill="#fff"/>
	<path d="M480 500 C472 560 452 590 462 604 C472 614 492 614 502 604" fill="none" stroke="#9d6446" stroke-width="7" stroke-linecap="round"/>
	<path d="M418 664 C450 646 510 646 542 664 C510 700 450 700 418 664 Z" fill="#a2504a"/>
	<path d="M418 664 C450 672 510 672 542 664" fill="none" stroke="#7a3732" stroke-width="4"/>
	${
		sunglasses
			? `<path d="M344 446 H616" stroke="#151515" stroke-width="10"/>
	<rect x="344" y="432" width="132" height="98" rx="38" fill="#141414"/><rect x="484" y="432" width="132" height="98" rx="38" fill="#141414"/>
	<path d="M356 460 q20 -10 44 -6" stroke="#6d7a88" stroke-width="7" fill="none" stroke-linecap="round"/><path d="M512 460 q20 -10 44 -6" stroke="#6d7a88" stroke-width="7" fill="none" stroke-linecap="round"/>
	<path d="M466 470 q14 -10 28 0" stroke="#151515" stroke-width="8" fill="none"/>
	<path d="M344 462 L282 486 M616 462 L678 486" stroke="#151515" stroke-width="9"/>`
			: ''
	}
	</g>`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${wall}${person}</svg>`;
}

// --- Scenes and faults, in pixels --------------------------------------------------------------

/** A seeded random number generator (mulberry32), so the noise is the same on every run. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** RGB pixels of an SVG scene. */
async function render(svg, size) {
	const { data } = await sharp(Buffer.from(svg))
		.resize(size.width, size.height)
		.removeAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return { ...size, data: new Uint8ClampedArray(data) };
}

/**
 * A document lying on a plain, matte, dark-grey surface, photographed from above: `scale` is the
 * document's width as a share of the photo's, `dx`, `dy` move its centre (share of the photo), `angle`
 * turns it (degrees). A soft shadow under it, light falling off a little towards the corners.
 */
function documentScene(docSvg, docAspect, { scale = 0.78, dx = 0, dy = 0, angle = -2 } = {}) {
	const { width: W, height: H } = PHOTO;
	const w = W * scale;
	const h = w / docAspect;
	const cx = W / 2 + dx * W;
	const cy = H / 2 + dy * H;
	const inner = Buffer.from(docSvg).toString('base64');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
	<defs>
		<radialGradient id="desk" cx="0.45" cy="0.4" r="0.85"><stop offset="0" stop-color="#4c535b"/><stop offset="1" stop-color="#363b42"/></radialGradient>
		<filter id="soft" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${8 * scale}"/></filter>
	</defs>
	<rect width="${W}" height="${H}" fill="url(#desk)"/>
	<g transform="translate(${cx} ${cy}) rotate(${angle})">
		<rect x="${-w / 2 + 6}" y="${-h / 2 + 10}" width="${w}" height="${h}" rx="${w * 0.035}" fill="#000" opacity="0.45" filter="url(#soft)"/>
		<image x="${-w / 2}" y="${-h / 2}" width="${w}" height="${h}" href="data:image/svg+xml;base64,${inner}"/>
	</g></svg>`;
}

/** Sensor-like noise: a little grain on every channel. */
function grain(image, amount, seed) {
	const next = random(seed);
	const { data } = image;
	for (let i = 0; i < data.length; i += 3) {
		const n = (next() - 0.5) * amount;
		data[i] += n;
		data[i + 1] += n;
		data[i + 2] += n;
	}
	return image;
}

/**
 * Glare: the reflection of a lamp, burnt out to pure white in its core (`radius` px) and fading
 * over a rim of `radius / 2` around it, where the print shows through washed out.
 */
function glare(image, x, y, radius) {
	const { width, height, data } = image;
	for (let py = 0; py < height; py++) {
		for (let px = 0; px < width; px++) {
			const d = Math.hypot((px - x) / 1.25, py - y) / radius;
			if (d >= 1.5) continue;
			const t = d <= 1 ? 1 : 0.5 + 0.5 * Math.cos((d - 1) * 2 * Math.PI);
			const p = (py * width + px) * 3;
			for (let c = 0; c < 3; c++) data[p + c] += (255 - data[p + c]) * t;
		}
	}
	return image;
}

/** A shadow (the phone's, or a hand's) over everything left of a slanted edge, softened over `soft` px. */
function shadow(image, x0, x1, depth, soft) {
	const { width, height, data } = image;
	for (let py = 0; py < height; py++) {
		const edge = x0 + ((x1 - x0) * py) / height;
		for (let px = 0; px < width; px++) {
			const t = Math.min(1, Math.max(0, (edge - px) / soft + 0.5));
			if (t === 0) continue;
			const f = 1 - depth * t;
			const p = (py * width + px) * 3;
			data[p] *= f;
			data[p + 1] *= f;
			data[p + 2] *= f * 1.04;
		}
	}
	return image;
}

const pipe = (image) =>
	sharp(Buffer.from(image.data.buffer), { raw: { width: image.width, height: image.height, channels: 3 } });

async function save(name, pipeline) {
	const file = `${OUT}${name}.jpg`;
	// Quality 85 with 4:2:0 chroma, as a phone's camera saves; progressive for the browser's sake.
	await pipeline.jpeg({ quality: 85, progressive: true, mozjpeg: true }).toFile(file);
	console.log(`wrote src/assets/figures/${name}.jpg`);
}

async function main() {
	mkdirSync(SRC, { recursive: true });
	const front = idCardFront();
	const back = idCardBack();
	const passport = passportPage();
	const sources = {
		'id-card-front.svg': front,
		'id-card-back.svg': back,
		'passport-data-page.svg': passport,
		'face.svg': face(),
		'face-backlit.svg': face({ backlit: true }),
		'face-sunglasses.svg': face({ sunglasses: true }),
	};
	for (const [name, svg] of Object.entries(sources)) writeFileSync(`${SRC}${name}`, svg);

	const CARD = 856 / 540;
	const PAGE = 1250 / 880;
	const scene = async (svg, aspect, placement, seed) =>
		grain(await render(documentScene(svg, aspect, placement), PHOTO), 7, seed);

	// ID card front: good, blurred, cut off, in a shadow.
	const good = await scene(front, CARD, {}, 1);
	await save('id-card-good', pipe(good));
	await save('id-card-blurred', pipe(good).blur(5));
	await save('id-card-cut-off', pipe(await scene(front, CARD, { scale: 0.75, dx: 0.22, dy: 0.02 }, 2)));
	await save('id-card-shadow', pipe(shadow(await scene(front, CARD, {}, 3), 720, 650, 0.62, 40)));

	// ID card back (its MRZ): no glare, and a lamp's reflection burnt out across the MRZ.
	const backGood = await scene(back, CARD, { angle: 1.5 }, 4);
	await save('id-card-back-good', pipe(backGood));
	await save('id-card-back-glare', pipe(glare(await scene(back, CARD, { angle: 1.5 }, 4), 760, 640, 78)));

	// Passport data page: filling the frame, and too far away.
	await save('passport-good', pipe(await scene(passport, PAGE, { scale: 0.92, angle: 1 }, 5)));
	await save('passport-too-far', pipe(await scene(passport, PAGE, { scale: 0.3, dx: 0.04, dy: -0.03, angle: 1 }, 6)));

	// Selfies: well lit and centred, backlit, too close, sunglasses, moving.
	const faceGood = grain(await render(face(), SELFIE), 6, 7);
	await save('selfie-good', pipe(faceGood));
	await save('selfie-backlit', pipe(grain(await render(face({ backlit: true }), SELFIE), 6, 8)));
	await save(
		'selfie-too-close',
		pipe(faceGood)
			.extract({ left: 240, top: 250, width: 480, height: 640 })
			.resize(SELFIE.width, SELFIE.height, { kernel: 'lanczos3' }),
	);
	await save('selfie-sunglasses', pipe(grain(await render(face({ sunglasses: true }), SELFIE), 6, 9)));
	// Moving during the shot: the picture smeared sideways over 31 px.
	const smear = 31;
	await save(
		'selfie-moving',
		// sharp's kernels are at least 3 × 3: the smear is the middle row.
		pipe(faceGood).convolve({
			width: smear,
			height: 3,
			kernel: [...new Array(smear).fill(0), ...new Array(smear).fill(1), ...new Array(smear).fill(0)],
			scale: smear,
		}),
	);
}

await main();
