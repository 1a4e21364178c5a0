/**
 * The Annual Summative Report of one school year ("Summative 2026-27"; SPEC.md §9.1, Appendix L):
 * the Monitor's report of the year. Top to bottom: the review round; the Monitor's narrative boxes
 * (successes, areas of concern, recommendations); per objective and initiative the process and
 * performance rating of every QPR period side by side with the change over the year, the evidence
 * of each period and a column for the district's factual corrections (summativeRatings.ts);
 * activities at the year's end, each final outcome with a cell for the year's result and met /
 * partly met / not met, the Highlight Discussions held each quarter with the coverage rule, and
 * the latest self-assessment (summativeYear.ts).
 *
 * Ratings, evidence, the change and the activity counts are LIVE formulas through the plan's names
 * (each with the result the domain computes stored); the discussions, outcomes' texts and the
 * self-assessment are as the workbook stood when the report was built. People's cells (white) are
 * named and written back on every rebuild (src/layout/read/summativeModel.ts); the rest of the
 * area is the add-in's.
 */
import { MONTH_NAMES, schoolYearLabel } from "../../domain/calendar";
import { blockRange, cellAddress } from "../../util/a1";
import type { Cell, NameSpec, SheetSpec } from "../../workbook/spec";
import { PLAN_NAMES, summativeNames } from "../names";
import type { SummativeModel } from "../read/summativeModel";
import { sheetPrint } from "../printing";
import { SheetParts, span } from "../sheetParts";
import { LABEL, NOTE, OWNED, SECTION, TITLE } from "../styles";
import { reviewSection } from "./reviewSection";
import { ratingsSection } from "./summativeRatings";
import { activitiesSection, assessmentSection, discussionsSection, outcomesSection } from "./summativeYear";
import { box, LAST_COL, LAST_TEXT, line, SUMMATIVE_TITLE, WIDTHS, type Rows } from "./summativeParts";

/** Rows cleared on update: past the larger of the old and new areas, never fewer than the floor. */
const CLEAR_FLOOR = 500;
const CLEAR_MARGIN = 200;

export interface SummativeSheetInput {
  model: SummativeModel;
  sheet: string;
  mode: "create" | "update";
  /** 1-based last row of the previous report's area, when known (update). */
  previousLastRow?: number;
}

export const SUMMATIVE_NOTE =
  "Rebuilt by the add-in (Ratings > Build Summative report, or aip summative). Ratings, evidence and activity counts come live from the strategy sheets; " +
  "the discussions, outcomes and self-assessment are as the workbook stood when the report was built. Type in the white boxes: they are kept when it is rebuilt.";

function titleSection(w: Rows): void {
  const { model, parts } = w;
  parts.blocks.push({ at: "A1", cells: [[`${SUMMATIVE_TITLE}: ${schoolYearLabel(model.startYear)}`]] });
  parts.styles.push({ range: "A1", style: TITLE });
  w.r = 1;
  const field = (label: string, value: Cell) => {
    parts.blocks.push({ at: cellAddress(w.r, 0), cells: [[label, value]] });
    parts.styles.push({ range: cellAddress(w.r, 0), style: LABEL }, { range: span(w.r, 1, 3), style: OWNED });
    parts.merges.push(span(w.r, 1, 3));
    w.r++;
  };
  const district = `=""&${PLAN_NAMES.district}`;
  if (model.hasDistrict) field("District:", model.districtKnown ? { formula: district, result: model.district } : { formula: district });
  field("School year:", `${MONTH_NAMES[8]} ${model.startYear} – ${MONTH_NAMES[7]} ${model.startYear + 1}`);
  line(w, SUMMATIVE_NOTE, NOTE, 45);
  w.r++;
  line(w, "Review round", SECTION);
  w.r = reviewSection(parts, w.r, w.s.review, model.review, LAST_TEXT) + 1;
}

function narrativeSection(w: Rows): void {
  const { narratives } = w.model;
  line(w, "The year in summary", SECTION);
  box(w, "Successes", narratives.successes, w.s.successes, 90);
  box(w, "Areas of concern", narratives.concerns, w.s.concerns, 90);
  box(w, "Recommendations", narratives.recommendations, w.s.recommendations, 90);
  w.r++;
}

export function summativeSheetSpec(input: SummativeSheetInput): { sheet: SheetSpec; names: NameSpec[] } {
  const { model, sheet } = input;
  const parts = new SheetParts(sheet, { lastCol: LAST_TEXT, chars: WIDTHS.slice(0, LAST_TEXT + 1).reduce((a, b) => a + b, 0) });
  const w: Rows = { parts, s: summativeNames(model.startYear), model, r: 0 };
  // The sheet top to bottom.
  titleSection(w);
  narrativeSection(w);
  const header = ratingsSection(w);
  activitiesSection(w);
  outcomesSection(w);
  discussionsSection(w);
  assessmentSection(w);

  parts.name(w.s.area, blockRange("A1", w.r, LAST_COL + 1));
  const clearTo = Math.max(CLEAR_FLOOR, w.r, input.previousLastRow ?? 0) + CLEAR_MARGIN;
  return {
    sheet: {
      name: sheet,
      create: input.mode === "create",
      tabColor: "#7030A0",
      clear: input.mode === "update" ? [`A1:${cellAddress(clearTo - 1, LAST_COL)}`] : undefined,
      blocks: parts.blocks,
      styles: parts.styles,
      merges: parts.merges,
      rows: parts.rows,
      validations: parts.validations,
      dateValidations: parts.dateValidations,
      columns: WIDTHS.map((width, index) => ({ index, width })),
      print: sheetPrint({
        orientation: "landscape",
        district: model.hasDistrict ? model.district : undefined,
        title: `${SUMMATIVE_TITLE}: ${schoolYearLabel(model.startYear)}`,
        titleRows: `${header + 1}:${header + 1}`,
        printArea: `A1:${cellAddress(w.r - 1, LAST_TEXT)}`,
      }),
    },
    names: parts.names,
  };
}
