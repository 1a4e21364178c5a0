/**
 * The Summative Report's columns, shared by the sheet that builds it (layout/build/summativeParts.ts)
 * and the repair that finds its cells again (layout/repair/summativeAnchors.ts).
 *
 * A: initiative, B: what the row shows, C:F the four periods, G: change, H: corrections, I:L the
 * ranks the change compares. A:H (170 characters, as the QPR view's 171) print on a landscape page
 * at 80%, above MIN_PRINT_SCALE (src/layout/printing.ts), and LibreOffice's 10-point header and
 * footer at 8 points; the helper columns I:L are outside the print area.
 */
export const WIDTHS = [28, 16, 22, 22, 22, 22, 10, 28, 7, 7, 7, 7];
/** Text rows are merged across A:H; the rank columns I:L are helpers. */
export const LAST_TEXT = 7;
export const LAST_COL = WIDTHS.length - 1;
export const PERIOD_COL = 2;
export const CHANGE_COL = 6;
export const CORRECTIONS_COL = 7;
export const RANK_COL = 8;
