/**
 * Every number the photo checks decide with, in one place. Each has its source in a one-line comment;
 * "calibrated" means fitted on the labelled photos in ../shared/fixtures/photos on the exact path of
 * this module (area resampling to WORKING_LONG_SIDE), so change the working scale and refit together.
 * Tags follow REFERENCE.md: [doc] vendor docs, [sdk] vendor SDK source, [decomp] decompiled app, [3p]
 * third-party code or blog.
 */

// --- Working scale -------------------------------------------------------------------------------

/**
 * Long side the analysis runs at; blur measures depend on scale, so it is fixed (REFERENCE §1.3: blur cut-offs
 * are quoted for about 1000 px). A 12 MP phone JPEG (4032 or 4000 px) decodes at 2/8 straight to about this
 * size, so the decode is short and the last step small (issue 6: the whole check within 1.5× the bare decode).
 */
export const WORKING_LONG_SIDE = 1000;
/**
 * Long side the document finder runs at: edges of a card survive, paper texture does not. 480, not 320: at 320
 * the side of a small pale card on light keys or bricks is a pixel or two from the key gaps and mortar, and is
 * lost among them; at 480 it stands apart. On the cached composites 480 found 5 more drawn documents and 19 more
 * on real background photos within 3 % of 253 and 231, and gave 10 and 15 more verdicts right of 300 each, for
 * about twice the finder's time (own measurement; the finder runs in the helper thread beside the luma work).
 */
export const FIND_LONG_SIDE = 480;
/**
 * The finder's distances in pixels (below: FIND_MIN_VOTES, SUPPRESS_RHO, CONTRAST_OFFSET_MIN, REFINE_REACH,
 * REFINE_MAX_SHIFT, FIND_HOUGH_CORNER_SIGMA) were chosen at this long side; a larger copy scales them with its
 * size, a smaller picture (it is not enlarged) keeps them.
 */
export const FIND_PIXEL_SIDE = 320;
/**
 * Long side of the working image's colour (working.ts): the finder's scale, so the finder reads it as
 * it is; glare's "colourless" test then reads colour per about 2 × 2 working pixels. Label agreement was
 * the same at 320, 480 and 640 (own choice).
 */
export const COLOR_LONG_SIDE = FIND_LONG_SIDE;

// --- Resolution ----------------------------------------------------------------------------------

/** Image long side below which automated checks struggle: Onfido resizes to 1280–1440 px [sdk]. */
export const IMAGE_LONG_SIDE_WARN = 1280;
/** VGA floor for automated checks: Onfido [sdk]. */
export const IMAGE_LONG_SIDE_FAIL = 640;
/** Document DPI wanted by Microblink's browser capture default [sdk]. */
export const DOCUMENT_DPI_WARN = 220;
/** Minimum document DPI: Microblink minimumDocumentDpi floor [sdk], ComplyCube ≥ 150 DPI [doc]. */
export const DOCUMENT_DPI_FAIL = 150;
/** ID-1 card width: ISO/IEC 7810, 85.60 mm. */
export const ID1_WIDTH_INCHES = 85.6 / 25.4;
/** Passport data page (TD3) width: ICAO Doc 9303, 125 mm. */
export const TD3_WIDTH_INCHES = 125 / 25.4;
/** ID-1 is 1.586:1, a TD3 page 1.42:1; below this aspect we assume a passport page (own split, halfway). */
export const PASSPORT_ASPECT_BELOW = 1.5;

// --- Sharpness -----------------------------------------------------------------------------------
// Calibrated on the browser path users get (Chromium, bench/photo-calibration.bench.ts, 2026-11-27, at
// WORKING_LONG_SIDE 1000 with the exact integer resampler, colour at 320 px): a JPEG longer than
// DECODE_LONG_SIDE is scaled in the DCT by ImageDecoder to the smallest n/8 of its size that still
// reaches the working size (4032 → 1008, 4000 → 1000, 4096 → 1024, 3264 → 1224, 5312 → 1328 px; see
// webCodecsDecodeSize), then our area resampler (resize.ts, the one fixed resampler) makes the last step
// to WORKING_LONG_SIDE; smaller images are decoded whole and only area-resampled, as in Node (sharp's
// whole decode), so they read the same there. The DCT step softens photos: the browser reads 0.55–1.03 ×
// the Node value (labelled blurry kw_* 0.55–0.68, sharp 0.68–1.0). The portable path (createImageBitmap
// resized to DECODE_LONG_SIDE, 'medium') reads about the same as Node.
// Calibration set: the labelled photos plus the large sharp ones (jscanify_test3–6, mrzs_test_mrz,
// kw_*_S) blurred with a Gaussian at full size (σ 1.5, 3, 6; "blurry" when σ at 1000 px ≥ 1.4, milder
// ones not scored). Values on the Node / ImageDecoder / portable paths: labelled sharp 328 / 308 / 305 and
// up (lowest pe_100_pass-bdr, a slightly soft scan); labelled blurry 38–228 / 22–150 / 30–197 (highest
// kw_106_M, motion); made blurry 8–119 / 8–118 / 9–122; mild (σ 0.9–1.1 at 1000 px) 290–717 on the
// browser paths. A warn level of 150 agrees on 32/33 scored photos on every path (the miss: kw_106_M);
// 120–180 do as well or better. At 1280 px (until 2026-11-26) the same levels agreed on 32/34: the
// working scale moved to 1000 px, where the decoder's 2/8 scale lands for 12 MP phone photos, and the
// levels held (REFERENCE §1.3 quotes cut-offs for about 1000 px). The Node tests keep 22/23.

/** Variance of the Laplacian of contrast-stretched luma at WORKING_LONG_SIDE: warn below (calibrated above; 3p cut-offs 100–150). */
export const SHARPNESS_WARN = 150;
/** Fail below (REFERENCE §1.4: half the warn level); made blurs of σ ≥ 1.46 at 1000 px read 8–75 on every path, but for three dense text pages (99–122, still flagged as soft). */
export const SHARPNESS_FAIL = 75;
/** Luma percentiles the region is stretched between before the Laplacian, so dark photos do not read as blurred (REFERENCE §1.5). */
export const SHARPNESS_STRETCH_LOW = 0.01;
/** Upper stretch percentile (see SHARPNESS_STRETCH_LOW). */
export const SHARPNESS_STRETCH_HIGH = 0.99;
/** Below this p1–p99 luma range the region has no detail to judge sharpness on (own choice). */
export const SHARPNESS_MIN_RANGE = 12;

// --- Where light and detail are measured --------------------------------------------------------

/** Share of each side left out when the finder is not sure where the document is: light, glare and detail are then judged on the middle of the picture, where a photo of a document has it (own choice). */
export const NOT_FOUND_BORDER = 0.1;

// --- Glare ---------------------------------------------------------------------------------------

/** Luma at or above which a pixel may be a highlight: open ID glare code uses 240–250 [3p]. */
export const GLARE_MIN_LUMA = 245;
/** Max − min of R, G, B at or below which a bright pixel counts as colourless (≈ HSV S < 0.15 at V > 0.85 [3p]). */
export const GLARE_MAX_CHROMA = 40;
/** Blobs smaller than this share of the working image are specks (50 px at 1280 × 960 [3p]). */
export const GLARE_MIN_BLOB_SHARE = 50 / (1280 * 960);
/** Smallest blob in pixels whatever the image size (own floor for tiny images). */
export const GLARE_MIN_BLOB_PX = 4;
/** Side of the window (working pixels) in which a highlight must be solid: texture suppression over 15 × 15 [3p]. */
export const GLARE_SOLID_WINDOW = 15;
/** Share of that window that must be highlight for a pixel to seed a blob: white paper between printed letters is not (own choice). */
export const GLARE_SOLID_SHARE = 0.9;
/** How far outside a blob's edge (working pixels) its surround is read (own choice: past the anti-aliased rim). */
export const GLARE_RING_DISTANCE = 6;
/** A blob's mean luma must exceed its surround's median by this much: white paper crossing the cut does not (calibrated on imagejs_id1's white MRZ band). */
export const GLARE_MIN_LOCAL_RISE = 12;
/** A highlight must be this much brighter than the document's median luma: on an all-white render nothing is (own rule). */
export const GLARE_MIN_RISE = 10;
/** Sheen is looked for in cells of the document's short side ÷ this: a band across a card is a few cells wide (own choice). */
export const SHEEN_CELLS_ACROSS = 12;
/** Cells with less of their area inside the document than this (its rounded or slanted rim) are not judged for sheen (own choice). */
export const SHEEN_CELL_MIN_INSIDE = 0.75;
/**
 * A veiled cell's paper (90th luma percentile) is brighter than the document's paper by this share of the
 * way to white: a veil of white a lays paper p at p + a (255 − p). Own choice: a clear veil, and a cell
 * test only (the print test, SHEEN_MIN_LIFT, decides); uneven light alone passes it too.
 */
export const SHEEN_MIN_VEIL = 0.35;
/** …and by at least this many luma levels (above JPEG noise in a percentile; own choice). */
export const SHEEN_MIN_RISE = 6;
/** A cell's darkest print is this luma percentile of it: the cores of a text line's strokes cover more than 2 % of a cell with print, and a veil lifts even them (own choice). */
export const SHEEN_DARK_QUANTILE = 0.02;
/** The document's ink level is this luma percentile of it (its darkest print, past a few noisy pixels; own choice). */
export const SHEEN_INK_QUANTILE = 0.02;
/** A cell shows print when its paper (90th luma percentile) and its darkest print (SHEEN_DARK_QUANTILE) differ by this much: a veil a leaves 1 − a of a print's contrast, so print of 60+ levels under a veil of 0.5 still shows (own choice). */
export const SHEEN_MIN_PRINT = 24;
/**
 * The darkest print under a sheen is lifted at least this share of the way from the document's ink to white:
 * a veil of a half or more, which washes print out. On the labelled photos the faint sheens labelled "no
 * glare" lift print 0.13–0.47 of the way, the wash over docal_run_test_card's MRZ 0.66 (own choice, checked
 * there; calibrated on no more than those).
 */
export const SHEEN_MIN_LIFT = 0.5;
/**
 * Judged cell by cell (a veiled cell whose own print is dark left out), a sheen must show print in at least this
 * share of its cells: a veil over a printed part of the document lifts the print it covers, where a blank margin
 * with a few pale marks on it has little print to lift (own choice: half). On bench/photo-find's real backgrounds
 * (2026-12-07), 0.3 found 4 more sheen bands than 0.5, and warned on 3 more pictures rightly and 1 more falsely.
 */
export const SHEEN_MIN_PRINT_SHARE = 0.5;
/** A sheen must cover this share of the document: a band across a card is 10–30 %; below 3 % the labelled photos' small pale print zones (hologram patches) mimic one (own choice). */
export const SHEEN_MIN_SHARE = 0.03;
/** Glare share of the document: warn above 0.5 % (REFERENCE §1.4). */
export const GLARE_WARN = 0.005;
/** Fail above 1.5 %: open ID-capture implementations flag 1–1.5 % [3p]. */
export const GLARE_FAIL = 0.015;

// --- Exposure ------------------------------------------------------------------------------------

/** Mean luma in the document below which it is dark: warn (REFERENCE §1.4; MiSnap 330/1000 [decomp]). */
export const DARK_WARN = 70;
/** Fail below: Yoti darkness threshold 40 [doc]. */
export const DARK_FAIL = 40;
/** Document mean luma to warn above: documents are light by nature; well-lit labelled photos reach 211 (calibrated; MiSnap 820/1000 ≈ 209 [decomp]). */
export const DOC_BRIGHT_WARN = 220;
/** Document mean luma to fail above (calibrated: the white "bright" render scores 231). */
export const DOC_BRIGHT_FAIL = 235;
/** Luma at or above which a pixel is clipped white: qualipy uses 250 [3p]. */
export const CLIP_HIGH_LUMA = 250;
/** Luma at or below which a pixel is crushed black (the dark test photo had 9.75 % ≤ 10, REFERENCE §1.5). */
export const CLIP_LOW_LUMA = 10;
/** Share of clipped-white pixels (glare blobs excluded) to warn at: REFERENCE §1.4 says 2 %, but a clean scan with a white MRZ band has 3.7 % (calibrated). */
export const CLIP_HIGH_WARN = 0.05;
/** Share of clipped-white pixels to fail at (own choice: a fifth of the document burnt out). */
export const CLIP_HIGH_FAIL = 0.2;
/** Share of crushed-black pixels to warn at: above the dark test photo's 9.75 %, since a portrait's hair on a sharp ID reached 6.3 % (calibrated). */
export const CLIP_LOW_WARN = 0.15;
/** Share of crushed-black pixels to fail at (own choice). */
export const CLIP_LOW_FAIL = 0.35;
/** (p95 − p5) / 255 below which the photo is washed out: scannerpro minimum contrast 0.15 [3p]. */
export const CONTRAST_WARN = 0.15;
/** Fail below (own choice: about half of scannerpro's minimum). */
export const CONTRAST_FAIL = 0.08;

// --- Evenness ------------------------------------------------------------------------------------

/** Percentile of luma per quadrant: a high one reads the paper, not the portrait or text (REFERENCE §1.3). */
export const EVENNESS_PERCENTILE = 0.9;
/** A quadrant with less than this share of the region's pixels (a sliver of a slanted document) is not compared (own choice). */
export const EVENNESS_MIN_QUADRANT_SHARE = 0.05;
/** Darkest ÷ brightest quadrant below which light is uneven: warn (REFERENCE §1.4). */
export const EVENNESS_WARN = 0.6;
/** Fail below half: ICAOcheck's "one zone below half another" rule [3p]. */
export const EVENNESS_FAIL = 0.5;

// --- Framing -------------------------------------------------------------------------------------

/** Margin between the document and the image edge, as a share of the image side: BlinkID inputImageMargin 0.02 [sdk]. */
export const MARGIN_MIN = 0.02;
/** A corner up to this share outside the frame counts as "near the edge", not cut off: at FIND_LONG_SIDE a 1° Hough step moves a corner up to ~1.7 % (own derivation). */
export const CUT_OFF_TOLERANCE = 0.015;
/** Document's larger bounding-box share of the frame: warn below (MiSnap fill 56–70 % [decomp]). */
export const FILL_WARN = 0.6;
/** Fail below half the frame (REFERENCE §1.4). */
export const FILL_FAIL = 0.35;
/** Longer ÷ shorter of opposite sides: warn above (REFERENCE §1.4 heuristic; Regula angleThreshold [doc]). */
export const TILT_WARN = 1.15;
/** Fail above (REFERENCE §1.4 heuristic). */
export const TILT_FAIL = 1.3;
/** Document aspect (long ÷ short side) accepted for a found quadrilateral with four real sides: ID-1 1.59, passport 1.42, A4 1.41, banknote 2.35 (own range). */
export const DOC_ASPECT_MIN = 1.1;
/** Upper aspect bound (see DOC_ASPECT_MIN). */
export const DOC_ASPECT_MAX = 2.6;
/**
 * Image aspect range in which an edge-less image may be a scan or crop to the document alone: such a picture has
 * the document's own shape (passport page, ID-2 and A4 1.41–1.42, ID-1 1.59), give or take a hand-drawn crop. The
 * lower bound sits between a phone camera's uncropped 4:3 frame (1.33) and 1.41 less ~3.5 %: a 4:3 photo in which
 * no edge was found is a photo whose edges were missed, not a crop (own choice; was 1.3, which took 4:3 in).
 */
export const FULL_FRAME_ASPECT_MIN = 1.36;
/** Upper bound (see FULL_FRAME_ASPECT_MIN): ID-1 1.59 plus ~7 %; 16:9 (1.78) stays out. */
export const FULL_FRAME_ASPECT_MAX = 1.7;
/**
 * Depth of the band along each side of an edge-less picture in which print must show for it to be taken for a
 * scan (the document's edge is the picture's border, and a document's print, guilloche or photo runs near each
 * edge), as a share of the picture's short side; the band is read in cells about twice as long as deep (own choice).
 */
export const FULL_FRAME_BORDER_DEPTH = 0.06;
/** A border cell shows print when its p5–p95 luma range is at least this: SHARPNESS_MIN_RANGE's 12 levels of detail, read so that a speck does not count. */
export const FULL_FRAME_CELL_RANGE = 12;
/** Share of the cells along every side that must show print: most of each side, not a flat surface around a smaller document (own choice; measured: scans 0.85–1, a card on plain paper 0–0.13). */
export const FULL_FRAME_BORDER_SHARE = 0.5;
/** A quad whose every corner is within this share of the image's corner is the whole image: a scan or crop (own choice). */
export const FULL_FRAME_HUG = 0.05;
/** Share of each side pulled in toward the centre before measuring inside the document (own choice). */
export const DOC_INSET = 0.04;

// --- Finding the document (find-document.ts, at FIND_LONG_SIDE) -----------------------------------
// A document is a convex quadrilateral with edge support along most of each side, a different surface inside
// than just outside, and the shape of a known document. Candidates come from the strongest Hough lines;
// each quad that passes the hard rules is scored as a whole (support × contrast × shape × size). The
// finder is "sure" only when the winner scores well on its own and no different quad comes close.

/** Sobel magnitude (0–255 channels, after two 3-px box blurs) an edge must reach: a step of about 18 grey levels (blurred step ≈ 2.2 × its height; own derivation). */
export const EDGE_MIN_MAGNITUDE = 40;
/** Weaker edge pixels down to this are kept when joined to one of EDGE_MIN_MAGNITUDE (Canny's hysteresis, his 2:1 ratio: a step of about 9 levels; 14 measured no better on the composites). */
export const EDGE_LOW_MAGNITUDE = 20;
/** …through neighbours whose directions differ by at most this many degrees: one straight side, not texture (own choice). */
export const HYSTERESIS_TURN = 20;
/** Hough votes only within this many degrees of a pixel's gradient direction (own choice). */
export const ORIENTATION_GATE = 3;
/** Lines kept from the Hough space: a keyboard has a dozen strong row and column lines besides the card's four (own choice; at a finder side of 480, 64 found 11 more of 534 composites within 3 % than 48, and 80 no more). */
export const MAX_LINES = 64;
/** A Hough peak hides its neighbours within this many degrees… (a card's side 2° from a keyboard row must survive; own choice) */
export const SUPPRESS_THETA = 6;
/** …and this many pixels of ρ (at FIND_PIXEL_SIDE). */
export const SUPPRESS_RHO = 6;
/** At most this many lines within DIRECTION_WINDOW of one direction: a keyboard's rows must not crowd out the card's sides, nor a card lying along them (own choice; 16 with MAX_LINES 64). */
export const MAX_LINES_PER_DIRECTION = 16;
/** Degrees either side of a line's direction counted by MAX_LINES_PER_DIRECTION. */
export const DIRECTION_WINDOW = 5;
/** A Hough line needs this many edge pixels (at FIND_PIXEL_SIDE)… */
export const FIND_MIN_VOTES = 10;
/** …or this share of the image's short side, when larger: the short side of an ID-1 card filling 15 % of the picture is about 5 % (own derivation). */
export const FIND_MIN_VOTES_SHARE = 0.05;
/** Two lines of a pair may differ by this much in angle (perspective), in degrees (own choice). */
export const PARALLEL_TOLERANCE = 30;
/** The two pairs must cross at least at this angle, in degrees (own choice). */
export const MIN_CROSSING = 50;
/** A real side needs an edge along at least this share of its in-frame length: a finger may cover the rest (own choice). */
export const MIN_SIDE_SUPPORT = 0.5;
/**
 * A quad squarer than DOC_ASPECT_MIN is a document only when seen steeply: a passport page tilted 40° or more
 * along its long side looks square. The mask path is sure of such a shape only where its sides stand on the
 * photo's edges along this share of their length on average, what a real side needs (MIN_SIDE_SUPPORT): the
 * outline of a coin that the model took for a document has a third. On bench/photo-find's steep views (2026-12-07):
 * verdicts right 71 → 75 %, wrong confident 12 → 10 %; no other case and no picture without a document changed.
 */
export const SQUARE_VIEW_SUPPORT = MIN_SIDE_SUPPORT;
/** A real side that runs into the image border must be backed by an edge this much near that end (own choice). */
export const MIN_END_SUPPORT = 0.6;
/** Share of a side's length, at its end on the border, checked against MIN_END_SUPPORT. */
export const END_LENGTH = 0.15;
/** Corners may lie this far outside the image (share of its size) when the document is cut off (own choice). */
export const OUTSIDE_TOLERANCE = 0.35;
/** Corner angles accepted before the tilt check judges them, in degrees (own choice). */
export const MIN_CORNER_ANGLE = 45;
/** A quad must cover at least this share of the image to count as the document: an ID-1 card whose bounding box is 15 % of a 4:3 picture's long side (the smallest the issue names), turned 45° and tilted 20°, covers about 1.2 %; 0.8 % leaves room for a little less (own derivation; 1.5 % before lost such cards). */
export const MIN_AREA_SHARE = 0.008;
/** Score factor for each side that is the image border rather than an edge (own choice). */
export const FRAME_SIDE_PENALTY = 0.7;
/** Colour samples along each side for the inside/outside contrast. */
export const CONTRAST_SAMPLES = 16;
/** Samples are read in steps of this many pixels in and out of a side, at FIND_LONG_SIDE (past the edge's blur; at FIND_PIXEL_SIDE)… */
export const CONTRAST_OFFSET_MIN = 2;
/** …or this share of the side's length, when larger. */
export const CONTRAST_OFFSET_SHARE = 0.025;
/** Steps read on each side: a band about 10 % of the side deep (own choice). */
export const CONTRAST_DEPTHS = 4;
/** Inside/outside difference (|ΔR|+|ΔG|+|ΔB|, median along the weakest side) below which a quad is not a document: the same surface on both sides (own choice). */
export const FIND_MIN_CONTRAST = 12;
/** Contrast at which the score stops rising: a card on paper of nearly its colour differs by 20–40 (own choice). */
export const FIND_FULL_CONTRAST = 45;
/** Known documents' aspects span ISO 216 A4 (1.414), ICAO TD3 (1.42), ID-2 (1.419)… */
export const DOC_ASPECT_KNOWN_MIN = 1.41;
/** …to ISO/IEC 7810 ID-1 (1.586). */
export const DOC_ASPECT_KNOWN_MAX = 1.59;
/** Spread of the shape prior in log aspect: a 30° tilt changes the seen aspect by about 15 % (own derivation). */
export const FIND_ASPECT_SIGMA = 0.15;
/** Floor of the shape prior: other documents (a banknote, a letter) are still found, at a lower score (own choice). */
export const FIND_ASPECT_FLOOR = 0.35;
/** Area share enters the score at this power: bigger is likelier the document, but a big box of keyboard lines must not win on size (own choice). */
export const FIND_AREA_POWER = 0.25;
/** Points each way of the grid that reads print inside a quad (own choice: 12 × 12 samples). */
export const DETAIL_GRID = 12;
/** Share of those points near an edge at which a quad counts as fully printed: ID pages and cards reach 0.2–0.6 (own choice). */
export const FIND_FULL_DETAIL = 0.15;
/** Score factor of a quad with nothing printed inside (a blank box, a phone's face): possible, but unlikely a document (own choice). */
export const FIND_DETAIL_FLOOR = 0.3;
/** Below this score nothing is drawn (own choice). */
export const FIND_MIN_SCORE = 0.08;
/** At or above this evidence (the score without its size term: a small document is as surely found as a large one) and with no close rival, the finder is sure (0.40, 0.45 and 0.50 gave 199, 197 and 195 of 300 composites right and 6 wrong confident each; the middle kept). */
export const FIND_SURE_EVIDENCE = 0.45;
/** A quad elsewhere in the picture scoring above this share of the winner's, with evidence above this share of the winner's, makes the finder unsure (calibrated on the composites: 0.6 keeps wrong confident verdicts near 3 %; the evidence test added 16 verdicts right of 660 for one more wrong confident). */
export const FIND_SURE_RATIO = 0.6;
/** Each side is refined this many pixels either way of its Hough line: a 1° step moves the end of a 150-pixel side by 2.6 pixels, a ρ step by 1 (own derivation; at FIND_PIXEL_SIDE). */
export const REFINE_REACH = 4;
/** The cross-section is read every this many pixels (bilinear). */
export const REFINE_STEP = 0.5;
/** Cross-sections read along each side. */
export const REFINE_SAMPLES = 24;
/** Share of the side left out at each end: rounded corners (3.18 mm of an 85.6 mm card is 4 %) and a finger at a corner (own choice). */
export const REFINE_END = 0.08;
/** Colour difference (Euclidean RGB) between the two surfaces below which a side is left as found: no edge to refine on (own choice). */
export const REFINE_MIN_STEP = 8;
/** A cross-section counts when its steepest rise is at least this share of the surfaces' difference per pixel: a step blurred over a few pixels (own derivation: a box blur applied twice spreads a step over about 5 pixels, peak slope ≈ 0.33). */
export const REFINE_MIN_SLOPE = 0.15;
/** A refined side needs this share of its cross-sections to show the edge (own choice: a finger may cover a third). */
export const REFINE_MIN_SHARE = 0.5;
/** Points farther than this many pixels from the first fit are dropped before the second (own choice). */
export const REFINE_OUTLIER = 1;
/** A refined side may turn by at most this many degrees from its Hough line (own choice: the Hough step is 1°, its gate 3°). */
export const REFINE_MAX_TURN = 4;
/** …and no corner may move farther than this many pixels (own choice, REFINE_REACH plus the turn at a long side's end; at FIND_PIXEL_SIDE). */
export const REFINE_MAX_SHIFT = 8;
/**
 * A refined corner's error along each axis, one standard deviation, in the finder's pixels (not scaled): on the
 * composites where the document was found, the corners' distance from the truth had a median of 0.33 px and a
 * 68th percentile of 0.50 px at a long side of 320, which for a two-dimensional Gaussian (Rayleigh distance) is
 * σ ≈ 0.28–0.33 per axis; at 480, 0.17 and 0.39 px (σ ≈ 0.14–0.26): 0.3 still covers it.
 */
export const FIND_CORNER_SIGMA = 0.3;
/** The same when a side could not be refined: the Hough line's 1° step moves the end of a 100-pixel side by 1.7 px, its ρ step by up to 0.5 (own derivation; at FIND_PIXEL_SIDE). */
export const FIND_HOUGH_CORNER_SIGMA = 2;
// --- Finding the document from a mask (mask-quad.ts, locate-document.ts) ---------------------------
// A model's mask (doc-mask) says where the document is, on a coarse grid; the photo's edges say exactly where
// its sides run. The finder is sure only when both agree: a clear four-sided blob, and an edge under every side.

/** A cell belongs to the document when its probability reaches this: the model's own decision line (a sigmoid's 0.5). */
export const MASK_LEVEL = 0.5;
/** The mask's main blob must cover this share of the grid: MIN_AREA_SHARE halved (a blob of a small, tilted card loses its corner cells; own choice). */
export const MASK_MIN_SHARE = 0.004;
/** A side of the mask's quad ending this many cells from a border of the grid lies on it (a quarter cell: the outline reaches the border exactly, or stops half a cell short; own choice). */
export const MASK_BORDER_SNAP = 0.25;
/** Outline points within this many cells of a side are refitted onto it, and count as fitting the quad (a cell: the grid's own resolution). */
export const MASK_REFIT_REACH = 1;
/** Sure with at most this many real sides placed by the mask alone (a finger over one side, a pale side on paper of its colour): the mask's own side, with MASK_CORNER_SIGMA, stands in for it (own choice)… */
export const MASK_ONLY_SIDES = 1;
/** …and at least this many sides found on the photo's edges: the mask alone never makes the finder sure. */
export const MASK_EDGE_SIDES = 2;
/** Sure only when the mask's median probability a cell inside its quad is at least this: the model is confident of the inside (own choice; a clear blob's inside sits near 1, a hesitant one near 0.5–0.6). */
export const MASK_SURE_INSIDE = 0.75;
/** …its probability mass a cell outside the quad is at most this share of the mass inside (a second document-like blob, or a smeared one; own choice)… */
export const MASK_SURE_SPILL = 0.25;
/**
 * …and at least this share of its outline lies within a cell of the quad's sides: the blob is four-sided, not a card
 * merged with a hand (own choice; 0.8 turned away right finds whose blob was rounded by blur and holes, with no wrong
 * verdict saved on 100 + 40 composites). Another quad follows the outline well enough to agree with the mask when
 * this share of the outline lies within a cell of its sides too (locate-document.ts: the edges' quad in
 * findWithMask, a contested classical find in sidesWith).
 */
export const MASK_SURE_FIT = 0.7;
/** A side's edge is looked for within this many mask cells of the mask's side (the mask places a side to about half a cell when clear; own choice, with room for a softer model). */
export const MASK_SIDE_REACH = 1.5;
/** …turned by up to this many degrees from it (a 1-cell error at both ends of a 10-cell side is ~6°; own derivation). */
export const MASK_SIDE_TURN = 6;
/** A side backed by edges along less than MIN_SIDE_SUPPORT of its length still counts when at least this share is backed… */
export const MASK_WEAK_SUPPORT = 0.3;
/** …and its surfaces say it is the document's edge: the colour just outside it is the background's, just inside it is not, by this much (see sidedness in locate-document.ts; own choice: on 100 drawn and 40 real-background composites, 0.3 and 0.5 both added verdicts and no wrong one). */
export const MASK_SIDED_MIN = 0.3;
/** Lines in the band with at least this share of the best line's votes are candidates for the side (own choice: a side broken by a finger or glare keeps half its pixels)… */
export const MASK_PEAK_SHARE = 0.5;
/** …each judged by the colours this many pixels either side of it (past the blur of the edge itself; at FIND_PIXEL_SIDE), and the background's read this far beyond the band. */
export const MASK_SURFACE_DEPTH = 3;
/** Colour distances (|ΔR| + |ΔG| + |ΔB|) below this are noise when a line's two sides are compared with the background (about a JPEG's and a sensor's noise on three channels; own choice). */
export const MASK_SURFACE_FLOOR = 24;
/** An edge pixel counts for a side when its gradient lies within this many degrees of the side's normal (as the classical finder's side support). */
export const MASK_EDGE_TURN = 12;
/** This share of a side's length at each end is left out of the search: rounded corners and fingers (as REFINE_END, a little wider for the mask's corners). */
export const MASK_SIDE_END = 0.1;
/**
 * A document neither finder is sure of gets a closer look (locate-document.ts) when the box of its outline (the
 * mask's, or a quad the classical finder weighed) spans at most this share of the picture's width and height: then the crop (CLOSER_CONTEXT times that) is at most
 * 90 % of the picture, a gain of a tenth or more in the model's pixels per document; larger, the crop would be
 * the picture again.
 */
export const CLOSER_MAX_SHARE = 0.4;
/**
 * The closer look's crop is this many times the document's box (its longer share, the picture's shape): the
 * document then spans about 45 % of the crop, the middle of the 15–90 % range of the composites the model
 * learned on, with background all round for the model to tell it from.
 */
export const CLOSER_CONTEXT = 2.2;
/** No closer look at a crop smaller than this many pixels a side: the model's input is 128 × 128 and the finders need the document's edges over several pixels (own choice). */
export const CLOSER_MIN_SIDE = 64;
/**
 * A sure find's side may lie on the inner edge of a band along the document's own edge (a passport page's or a
 * card's coloured header in about the background's colour): the side is looked for again outward, up to this
 * share of the distance to the opposite side (a header is a tenth to a quarter of a card's height; own choice).
 */
export const BAND_MAX_SHARE = 0.3;
/** …a band at least this many pixels wide (at FIND_PIXEL_SIDE: past the blur of the side's own edge; own choice)… */
export const BAND_MIN_WIDTH = 4;
/**
 * …whose outer edge is a colour step (|ΔR| + |ΔG| + |ΔB| across it) of at least this, at the same distance (within
 * two pixels) along BAND_MIN_AGREE of the side, and whose colour differs from the background's beyond it by as
 * much: above MASK_SURFACE_FLOOR's noise by half again (own choice).
 */
export const BAND_MIN_STEP = 40;
/** Share of the side's samples whose strongest step outward lies at the band's outer edge: a straight edge along most of the side (own choice). */
export const BAND_MIN_AGREE = 0.6;
/**
 * A band darker than the background beyond it, of the background's colour within this (the sum of the differences
 * of the R, G and B shares of their brightness), is the document's shadow, not a part of it (own choice: the drawn
 * composites' drop shadows keep the hue within 0.05).
 */
export const BAND_SHADOW_CHROMA = 0.06;
/**
 * A picture where neither look found anything is looked at again in four parts, its corners, each this share of
 * its width and height (locate-document.ts, `lookInParts`). The parts overlap by a fifth of the picture, so a
 * document up to a fifth of its width and height lies wholly inside one of them, and each part shows it 1 / 0.6 =
 * 1.67 times larger to the model and to the classical finder, whose smallest document is MIN_AREA_SHARE of what it
 * sees. On bench/photo-find's real backgrounds (2026-12-07) the parts found 3 small documents nothing else found
 * (0.5: 2, 0.7: 3).
 */
export const PARTS_SHARE = 0.6;
/**
 * The colour mask (colour-mask.ts) of a document no other look settled learns the document's colours from inside
 * its rough outline moved this share of the way to its centre: the model's outline of a small card on a keyboard
 * is off by up to a third of the card (bench/photo-find's drawn keyboards), and half way in is still on the card.
 */
export const COLOUR_INNER = 0.5;
/** …and the background's from outside the outline grown by this share (the outline's error again, and the drop shadow or rim just outside a card). */
export const COLOUR_OUTER = 0.4;
/**
 * The colour mask's histograms read brightness in this many steps (a shadow or a light gradient moves a surface's
 * brightness by a step or so, so it is read coarsely)…
 */
export const COLOUR_LUMA_LEVELS = 4;
/**
 * …and each of the two colour differences (−255 to 255) in this many, steps of 32: 1,024 colours in all, for the
 * few thousand pixels a small card's inside has. Against 8 levels of each of R, G and B (512 colours, shipped
 * first): on bench/photo-find's drawn cases still unsure (2026-12-07), the mask path was sure on 14 colour masks
 * with the model agreeing, of which 4 more within 3 % and none fewer; with 2, 4 or 8 brightness steps and 8, 16 or
 * 32 hue steps, 4–5 more and 0–1 fewer.
 */
export const COLOUR_HUE_LEVELS = 16;
/**
 * The colour mask's grid, cells a side over the crop it is read on: the document (about 45 % of the crop,
 * CLOSER_CONTEXT) spans some 15 cells, each a few keys of a keyboard or a word of a card's print, so each cell's
 * mean evens out print and key labels. On bench/photo-find's drawn cases (2026-12-07, with the R, G and B histograms
 * first shipped), the mask path was sure on the colour mask in 3 cases with 64 cells (all right), 6 with 48 (5
 * right), 8 with 40 (7 right), 8 with 32 (7 right).
 */
export const COLOUR_GRID = 32;
/**
 * The colour look's own outline is taken as the document's where the mask path found no edges to stand on (a pale
 * card on pale keys) when the colour mask is this clear: its median cell inside and the share of its outline on the
 * quad's sides both at least this, with no second blob (MASK_SURE_SPILL), and the model's mask covering the quad as
 * a match (MASK_CLASSICAL_OVERLAP). On bench/photo-find (2026-12-07) the colour masks so taken were at 0.99 or more
 * on both; one taken at the model's looser test for a clear mask (maskIsClear: 0.82 inside, fit 0.78) was a card's
 * outline grown round a finger, which made a wrong "cut off".
 */
export const COLOUR_SURE = 0.9;
/** The classical finder's sure find stands unless the mask is clear and the find covers its document less well than this (intersection over union): half, the usual line between a match and a miss in detection (PASCAL VOC's 0.5); a card's portrait or print band covers a fifth of it or less. */
export const MASK_CLASSICAL_OVERLAP = 0.5;
/**
 * An unsure classical quad that runs off the picture's border and holds the clear mask's document puts the size
 * the mask measures in doubt (locate-document.ts's combine) when the mask's document is at least this share of
 * the quad: the model may have seen that part of a document a flash washed out; a desk's or a keyboard's quad
 * round a card is many times the card (own choice: a third).
 */
export const MASK_PART_SHARE = 1 / 3;
/** Both finders sure: the mask path's find replaces the classical one when it covers the clear mask's document by this much more (intersection over union): a part of a card (its portrait half) against the whole card is 0.3–0.4 apart; two outlines of the same card, a few hundredths (own choice between the two). */
export const MASK_PREFER_MARGIN = 0.15;
/** The corners the edges give must lie within this many cells of the mask's: farther, the edges and the mask disagree and the finder is not sure (own choice: the reach plus the turn at a side's end). */
export const MASK_AGREE = 2;
/** A corner placed from the mask alone (no edge under a side) is this many cells from the truth, one standard deviation (own estimate: half a cell, the grid's rounding). */
export const MASK_CORNER_SIGMA = 0.5;

/** A framing measure within this many of its own standard deviations of a threshold gets no verdict: about 95 % of honest measurements of a document on the line fall inside (two-sided Gaussian). */
export const VERDICT_BAND_SIGMAS = 2;

// --- Colour --------------------------------------------------------------------------------------

/** Thumbnail side for the colour test: Stack Overflow 20068945 uses 40 × 40 [3p]. */
export const COLOR_THUMB_SIDE = 40;
/** Share of the most colourful thumbnail pixels averaged: a colour document is mostly pale paper (own choice; a pale colour passport scored 8.5 over all pixels). */
export const COLOR_TOP_SHARE = 0.25;
/** Mean per-pixel variance across R, G, B below which the photo is black and white: 22 [3p] (Yoti "20" [doc]). */
export const COLOR_FAIL = 22;
/** Warn below twice the cut-off ("near the cut-off", REFERENCE §1.4). */
export const COLOR_WARN = 44;

// --- Score ---------------------------------------------------------------------------------------

/** Points taken off 100 for each warning (own choice: three warnings still leave a usable photo). */
export const SCORE_WARN_PENALTY = 12;
/** Points taken off for each failure (own choice: one failure drops below 70). */
export const SCORE_FAIL_PENALTY = 35;

// --- Files (checked by the worker before decoding) -----------------------------------------------

/** Files above this are refused before decoding: a 48 MP phone JPEG is 15–25 MB; Onfido's API takes < 10 MB [sdk] (own limit, 2× headroom). */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;
/** JPEGs above this many pixels (read from the header) are refused: even decoded at 1/8 scale one would need > 12 MB, whole > 800 MB (own limit). */
export const MAX_SOURCE_PIXELS = 200_000_000;
/**
 * Other formats (PNG, WebP, GIF, BMP, HEIC, AVIF) above this many pixels are refused: they are decoded
 * whole before any shrinking, and 50 MP is a 200 MB bitmap. 50 MP keeps the 48 MP HEIC of a recent
 * iPhone (8064 × 6048, Safari decodes it) and refuses larger images (own limit).
 */
export const MAX_WHOLE_DECODE_PIXELS = 50_000_000;
/**
 * A non-JPEG image (PNG, WebP) with more pixels than this (read from the header) is asked of ImageDecoder
 * at DECODE_LONG_SIDE; those formats cannot scale while decoding, so below it the decoder hands over the
 * whole image and above it the portable path resizes while decoding: 16 MP keeps a whole bitmap ≤ 64 MB,
 * inside the 80 MiB budget of issue 6 (own choice).
 */
export const FULL_DECODE_MAX_PIXELS = 16_000_000;
/**
 * An image longer than this is reduced while it is decoded: a JPEG by ImageDecoder's DCT scaling, to the
 * smallest n/8 that reaches WORKING_LONG_SIDE (webCodecsDecodeSize: 4032 → 1008 → 1000); otherwise
 * createImageBitmap resizes it to this long side. 1.5 × WORKING_LONG_SIDE, so our own area average only
 * makes the last, small step. Own choice; the sharpness thresholds are calibrated on these paths (see above).
 */
export const DECODE_LONG_SIDE = 1.5 * WORKING_LONG_SIDE;
/** Bytes read from the start of a file to identify its type and size (JPEG EXIF headers fit in 64 KB). */
export const HEAD_BYTES = 64 * 1024;
