/** Mean Earth radius (IUGG), used to turn d3-geo steradians into km². */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * "15 degrees G" of the 11 March 1941 terms read as 15 grades (gon): 15 × 0.9° = 13.5°N.
 * See data/CESSION.md for why this reading fits every other detail of the settlement.
 */
export const GRADE_PARALLEL_LAT = 15 * 0.9;

/**
 * The meridian through "the point where the Siem Reap–Battambang boundary meets the Grand Lac".
 * The terms give no longitude. The modern boundaries meet the lake further east (computed in
 * buildTreatyRule, ≈103.87°E), which would put Siem Reap town (103.86°E) inside the ceded zone,
 * yet the town stayed French. 103.8°E is the estimate used in data/CESSION.md.
 */
export const TREATY_MERIDIAN_LON = 103.8;

/** The parallel named by the encyclopedia account ("the 15th parallel"). */
export const ENCYCLOPEDIA_PARALLEL_LAT = 15;

/**
 * Outer limits of the rule polygon. They only need to lie outside Cambodia (west of its western
 * border, north of its northernmost point at ≈14.69°N) and south of where the Mekong turns west
 * above Pakse (≈15.1°N); the clip against the provinces makes their exact value irrelevant.
 */
export const RULE_WEST_LON = 101;
export const RULE_NORTH_LAT = 14.9;

/** Step (degrees) used to densify straight geographic edges so that planar clipping and
 * spherical area/projection agree along parallels and meridians. */
export const DENSIFY_STEP_DEG = 0.02;

/** Geographic frame of the map: Cambodia plus room for the 15°N parallel and neighbour labels. */
export const FRAME = { west: 102.0, east: 107.75, south: 9.85, north: 15.3 } as const;

/**
 * Drawing tolerance of the whole-map view (≈0.55 viewBox units, under a pixel at 800 px); the
 * client layers divide it by the zoom scale. Areas always use the full geometry.
 */
export const DRAW_TOLERANCE_DEG = 0.004;
