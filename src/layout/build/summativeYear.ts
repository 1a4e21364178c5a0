/**
 * The Summative Report's year-end sections (src/layout/build/summativeSheet.ts): activities at the
 * year's end (live counts), the final outcomes with the year's result and met / partly met / not
 * met (people's cells), the Highlight Discussions of each quarter with the coverage rule, and the
 * latest self-assessment (as the workbook stood when the report was built).
 */
import { addDays, isIsoDate, isoToSerial, schoolYearWindow, usDate } from "../../domain/calendar";
import { cellAddress } from "../../util/a1";
import type { Cell } from "../../workbook/spec";
import type { SummativeOutcome } from "../read/summativeModel";
import { span } from "../sheetParts";
import { DATE_FORMAT, INPUT, NOTE, OWNED, rowHeightFor } from "../styles";
import { initiativeLabel } from "./summativeRatings";
import { header, LAST_TEXT, line, MET_CHOICES, spanChars, verdictText, WIDTHS, type Rows } from "./summativeParts";

const SUB = { bold: true, fontSize: 12, fill: "#DDEBF7" };

/** The first day after the school year, as the formulas' DATE(…). */
function dayAfterYear(startYear: number): { iso: string; formula: string } {
  const iso = addDays(schoolYearWindow(startYear).end, 1);
  const [y, m, d] = iso.split("-").map(Number);
  return { iso, formula: `DATE(${y},${m},${d})` };
}

/** Planned, complete and overdue activities per initiative: COUNTIF(S) over its activities table. */
export function activitiesSection(w: Rows): void {
  const { model, parts } = w;
  const after = dayAfterYear(model.startYear);
  line(w, "Activities at the year's end", SUB);
  line(w, `Overdue: due before ${usDate(after.iso)} (before today while the year runs) and not marked Complete. Live from the activities tables.`, NOTE);
  header(w, [
    ["Initiative", 0, 0],
    ["Activities planned", 1, 1],
    ["Complete", 2, 2],
    ["Overdue at the year's end", 3, 3],
  ]);
  for (const ini of model.objectives.flatMap((o) => o.initiatives)) {
    const a = ini.activitiesName;
    const fig = ini.activities;
    const cell = (formula: string, result: number | undefined): Cell => (result === undefined ? { formula } : { formula, result });
    const row: Cell[] = a
      ? [
          initiativeLabel(ini),
          cell(`=COUNTIF(INDEX(${a},0,2),"?*")`, fig?.planned),
          cell(`=COUNTIFS(INDEX(${a},0,6),"Complete")`, fig?.complete),
          cell(`=COUNTIFS(INDEX(${a},0,5),"<"&MIN(TODAY(),${after.formula}),INDEX(${a},0,6),"<>Complete")`, fig?.overdue),
        ]
      : [initiativeLabel(ini), `(the activities table cannot be read: its name AIP.O${ini.ref.o}.I${ini.ref.i}.Activities is missing or not 6 columns wide)`];
    parts.blocks.push({ at: cellAddress(w.r, 0), cells: [row] });
    parts.styles.push({ range: span(w.r, 0, 3), style: OWNED });
    parts.rows.push({ index: w.r, height: rowHeightFor(`${ini.ref.o}.${ini.ref.i} ${ini.description}`, WIDTHS[0]) });
    if (!a) parts.merges.push(span(w.r, 1, 3));
    w.r++;
  }
  w.r++;
}

function outcomeRow(w: Rows, k: number, o: SummativeOutcome): void {
  const { parts } = w;
  const names = w.s.outcome(k);
  const by: Cell = o.date && isIsoDate(o.date) ? isoToSerial(o.date) : (o.date ?? `${usDate(schoolYearWindow(w.model.startYear).end)} (the year's end)`);
  parts.blocks.push({ at: cellAddress(w.r, 0), cells: [[o.text, null, null, by, o.result.cell, null, null, o.met.cell]] });
  parts.styles.push(
    { range: span(w.r, 0, 3), style: OWNED },
    { range: cellAddress(w.r, 3), style: { numberFormat: DATE_FORMAT, hAlign: "left" } },
    { range: span(w.r, 4, LAST_TEXT), style: INPUT },
  );
  parts.merges.push(span(w.r, 0, 2), span(w.r, 4, 6));
  parts.rows.push({ index: w.r, height: Math.max(45, rowHeightFor(o.text, spanChars(0, 2))) });
  parts.validations.push({
    range: cellAddress(w.r, LAST_TEXT),
    source: `"${MET_CHOICES.join(",")}"`,
    prompt: { title: "Outcome met?", message: "Met, Partly met or Not met, from the year's result." },
  });
  parts.name(names.text, cellAddress(w.r, 0));
  parts.name(names.result, cellAddress(w.r, 4));
  parts.name(names.met, cellAddress(w.r, LAST_TEXT));
  w.r++;
}

/** Each final outcome (the plan's target) with the year's result and whether it was met. */
export function outcomesSection(w: Rows): void {
  const { model } = w;
  line(w, "Final outcomes: the year's results", SUB);
  header(w, [
    ["Final outcome (the plan's target)", 0, 2],
    ["By", 3, 3],
    ["Result for the year", 4, 6],
    ["Met?", LAST_TEXT, LAST_TEXT],
  ]);
  model.outcomes.forEach((o, k) => outcomeRow(w, k + 1, o));
  if (model.outcomes.length === 0) line(w, "The plan lists no final outcomes (Plan sheet, Final outcomes).", NOTE);
  if (model.orphanOutcomes.length > 0) {
    line(w, "Results kept from final outcomes no longer in the plan", { bold: true, fill: "#F2F2F2" });
    model.orphanOutcomes.forEach((o, k) => outcomeRow(w, model.outcomes.length + k + 1, o));
  }
  w.r++;
}

/** The Highlight Discussions of each quarter and whether every initiative was discussed in it. */
export function discussionsSection(w: Rows): void {
  const { model, parts } = w;
  line(w, "Highlight Discussions held, and the three-month coverage rule", SUB);
  line(w, "Every initiative must be discussed at least once in every three months. As the minutes sheets stood when this report was built.", NOTE);
  header(w, [
    ["Quarter", 0, 0],
    ["Months", 1, 2],
    ["Discussions held", 3, 3],
    ["Dates", 4, 5],
    ["Every initiative discussed?", 6, LAST_TEXT],
  ]);
  for (const c of model.coverage) {
    const months = `${usDate(c.window.start)} – ${usDate(c.window.end)}`;
    parts.blocks.push({
      at: cellAddress(w.r, 0),
      cells: [[`${c.period} QPR quarter`, months, null, c.meetings.length, c.meetings.map(usDate).join(", "), null, verdictText(c), null]],
    });
    parts.styles.push({ range: span(w.r, 0, LAST_TEXT), style: OWNED }, { range: cellAddress(w.r, 3), style: { hAlign: "center" } });
    parts.merges.push(span(w.r, 1, 2), span(w.r, 4, 5), span(w.r, 6, LAST_TEXT));
    parts.rows.push({ index: w.r, height: 30 });
    w.r++;
  }
  w.r++;
}

/** The latest AIP rubric self-assessment of the year or before: each criterion's rating. */
export function assessmentSection(w: Rows): void {
  const { model, parts } = w;
  line(w, "Latest self-assessment (AIP rubric)", SUB);
  const a = model.assessment;
  if (!a) {
    line(w, "No self-assessment dated in or before this school year is in the workbook (Assess page, or aip assess).", NOTE);
    return;
  }
  line(w, `"${a.sheet}", dated ${usDate(a.date)}, as it stood when this report was built.`, NOTE);
  header(w, [
    ["Criterion", 0, 3],
    ["Rating", 4, LAST_TEXT],
  ]);
  for (const { criterion, rating } of a.ratings) {
    parts.blocks.push({ at: cellAddress(w.r, 0), cells: [[criterion, null, null, null, rating || "(not rated)"]] });
    parts.styles.push({ range: span(w.r, 0, LAST_TEXT), style: OWNED });
    parts.merges.push(span(w.r, 0, 3), span(w.r, 4, LAST_TEXT));
    parts.rows.push({ index: w.r, height: rowHeightFor(criterion, spanChars(0, 3)) });
    w.r++;
  }
}
