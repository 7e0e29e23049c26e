/**
 * Every number the selfie checks decide with, in one place, each with where it comes from. Tags follow
 * REFERENCE.md: [doc] vendor docs, [sdk] vendor SDK source, [3p] third-party code or blog; "own choice"
 * says why; "measured" points at the benchmark that printed it (bench/selfie.bench.ts).
 * Face boxes are BlazeFace's: brow to chin and ear to ear, about 0.7 of a head's height.
 */

// --- Detector ------------------------------------------------------------------------------------

/** Confidence a face needs: MediaPipe's back-camera face detection graph uses 0.65 (min_score_thresh). */
export const DETECTION_MIN_SCORE = 0.65;
/** Candidates overlapping more than this (IoU) are one face: MediaPipe's face detection graph uses 0.3. */
export const DETECTION_OVERLAP = 0.3;
/**
 * Side of the tiles of the second pass, as a share of the picture's long side: run only when the whole
 * picture showed no face. The whole-picture pass finds faces down to about 5 % of the long side
 * (measured: 10 of 10 composites at 5 %, 7 of 10 at 4 %); tiles of 55 % double that reach.
 */
export const TILE_SHARE = 0.55;
/** Long side the picture is decoded at for the checks: the photo checker's working size (src/lib/photo). */
export const SELFIE_LONG_SIDE = 1000;

// --- Face size -----------------------------------------------------------------------------------

/**
 * Face box height ÷ picture height below which the face is small: warn. Yoti asks for a face box of
 * 35–80 % of the image [doc] with a whole-head box; BlazeFace's box is about 0.7 of that, and a phone at
 * arm's length puts it at about a fifth to a quarter of the picture (own measurement on the inter-faces
 * portraits: 20–55 %).
 */
export const FACE_SMALL_WARN = 0.2;
/** Fail below 12 %: a face this small is under 150 px in a 1280 px picture (Yoti face ≥ 150 px [doc]). */
export const FACE_SMALL_FAIL = 0.12;
/** Face box height share above which the face is too close: warn (Yoti's upper bound 80 % [doc], for a head box ≈ 0.7 × 80 %). */
export const FACE_CLOSE_WARN = 0.6;
/** Fail above: the forehead or chin is at the edge (own choice). */
export const FACE_CLOSE_FAIL = 0.75;
/** Share of the face box that may lie outside the picture before the face counts as cut off (own choice: the box's margin). */
export const FACE_OUTSIDE_MAX = 0.08;

// --- Position ------------------------------------------------------------------------------------

/**
 * Distance of the face centre from where capture tools put the oval (the middle across, 45 % down: the
 * face a little above the middle), as a share of the picture's width or height: warn above (own choice:
 * the face still inside the middle third of an oval-guided capture).
 */
export const OFF_CENTRE_WARN = 0.15;
/** Fail above a quarter: the face is in the outer third, where capture tools say "centre your face" (own choice). */
export const OFF_CENTRE_FAIL = 0.25;
/** Where capture tools centre the face vertically: a little above the middle (own choice, from the oval guides of Onfido and Yoti). */
export const FACE_CENTRE_Y = 0.45;

// --- Head pose -----------------------------------------------------------------------------------

/**
 * Roll (eye line from level) to warn above. ISO/IEC 19794-5 passport portraits allow ±8° (REFERENCE §1.3);
 * a selfie for a liveness check is not a passport photo, and 12 of the 40 inter-faces portraits (people
 * posing naturally) tilt 10–16° (measured): warn from 15° (own choice).
 */
export const ROLL_WARN_DEGREES = 15;
/** Roll to fail above (own choice: a head clearly on one side). */
export const ROLL_FAIL_DEGREES = 25;
/**
 * Turn (yaw), read as the distance between the eyes ÷ the face box's width: the eyes close up as the
 * head turns while BlazeFace's box keeps its width. Measured on the inter-faces portraits: facing the
 * camera 0.36–0.46 (35 portraits), turned away 0.06–0.31 (5). Warn below 0.33 (about 15–20° of yaw,
 * where quality degrades: REFERENCE §1.3).
 */
export const EYE_SPACING_WARN = 0.33;
/** Fail below: a face in three-quarter view or profile (measured: the turned portraits read 0.06–0.26, one 0.31). */
export const EYE_SPACING_FAIL = 0.27;

// --- Light on the face ---------------------------------------------------------------------------

/** Face ÷ surround mean luma below which the face is backlit: warn (REFERENCE §1.4: Yoti tip [doc]). */
export const BACKLIGHT_WARN = 0.7;
/** Fail below half (ICAOcheck's half rule [3p]). */
export const BACKLIGHT_FAIL = 0.5;
/** Darker ÷ lighter half of the face below which light comes from one side: warn (REFERENCE §1.4). */
export const EVENNESS_WARN = 0.6;
/** Fail below half: ICAOcheck's "one zone below half another" rule [3p]. */
export const EVENNESS_FAIL = 0.5;
/** Mean luma on the face below which it is dark: warn (REFERENCE §1.4, Yoti selfie [doc]). */
export const FACE_DARK_WARN = 70;
/** Fail below: Yoti darkness threshold 40 [doc]. */
export const FACE_DARK_FAIL = 40;
/** Mean luma on the face above which it is bright: warn (REFERENCE §1.4). */
export const FACE_BRIGHT_WARN = 200;
/** Fail above: Yoti brightness threshold 215 [doc]. */
export const FACE_BRIGHT_FAIL = 215;

// --- Sharpness -----------------------------------------------------------------------------------

/** Height the face box is resampled to before its detail is measured, so a near and a far face compare (own choice). */
export const SHARPNESS_FACE_SIDE = 96;
/**
 * Mean absolute Laplacian of the face (luma stretched to 0–255 between its 1st and 99th percentile)
 * below which it is soft: warn. Measured on the 40 inter-faces portraits at 400 px (faces 80–220 px
 * tall) and the same blurred (Gaussian σ in pixels of the 400 px picture): sharp 10.2–45, σ 1: 7–20,
 * σ 2: 3.4–11, σ 4: 2.1–5.5.
 */
export const FACE_SHARPNESS_WARN = 7;
/** Below which it is blurry: fail (measured, as above: every σ 4 blur reads under 5.5, every sharp portrait over 10). */
export const FACE_SHARPNESS_FAIL = 4;

// --- The picture ---------------------------------------------------------------------------------

/** Shorter side below which a picture is too small to check: Yoti wants 300–2000 px a side for a selfie [doc]. */
export const SELFIE_MIN_SIDE = 300;
