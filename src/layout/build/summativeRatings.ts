/**
 * The Summative Report's ratings over the year (src/layout/build/summativeSheet.ts): per objective
 * and initiative four rows (process rating, performance rating, process evidence, performance
 * evidence), one column a QPR period, the change over the year beside each rating row and the
 * district's factual corrections beside the initiative. LIVE through the initiative's names.
 *
 * The change compares the first and the latest valid ratings of the year (src/domain/summative.ts):
 * the helper columns I:L hold each period's rank, 1 (low) to 4, and 0 where the cell is blank or
 * not exactly a level of the scale (SUMPRODUCT of EXACT: case and spaces count, as on the Summary).
 */
import { QPR_PERIODS } from "../../domain/plan";
import { SCALE_KEYS, SCALE_OF, type ScaleKey } from "../../domain/rollup";
import { blockRange, cellAddress } from "../../util/a1";
import type { Cell } from "../../workbook/spec";
import { formulaText } from "../formulas";
import { initiativeNames } from "../names";
import type { SummativeInitiative, SummativeObjective } from "../read/summativeModel";
import { span } from "../sheetParts";
import { HEADER, INPUT, LABEL, OWNED, rowHeightFor } from "../styles";
import { CHANGE_LABELS, CORRECTIONS_HEADER } from "../reportLabels";
import { box, CHANGE_COL, CORRECTIONS_COL, EVIDENCE, header, KIND, LAST_COL, line, PERIOD_COL, periodHeading, RANK_COL, ROW_LABELS, WIDTHS, type Rows } from "./summativeParts";

const missing = (name: string) => `(missing: ${name})`;
const RANK_STYLE = { italic: true, fontColor: "#7F7F7F", hAlign: "center" as const, vAlign: "top" as const, border: true };

/** `=SUMPRODUCT(EXACT(C12,{"…";"…";"…";"…"})*{1;2;3;4})`: the rank of a level typed exactly, else 0. */
export function rankFormula(cell: string, key: ScaleKey): string {
  const levels = SCALE_OF[key].levels;
  return `=SUMPRODUCT(EXACT(${cell},{${levels.map((l) => formulaText(l.name)).join(";")}})*{${levels.map((l) => l.rank).join(";")}})`;
}

/** The change between the first and the latest ranks above zero of row `row`'s helper columns. */
export function changeFormula(row: number): string {
  const [i, j, k, l] = QPR_PERIODS.map((_, c) => cellAddress(row, RANK_COL + c));
  const first = `IF(${i}>0,${i},IF(${j}>0,${j},IF(${k}>0,${k},${l})))`;
  const last = `IF(${l}>0,${l},IF(${k}>0,${k},IF(${j}>0,${j},${i})))`;
  return `=IF(COUNTIF(${i}:${l},">0")<2,"",IF(${last}>${first},"${CHANGE_LABELS.up}",IF(${last}<${first},"${CHANGE_LABELS.down}","${CHANGE_LABELS.same}")))`;
}

/** `="1.2 "&AIP.O1.I2.Description`, or the number and a note when the name is gone. */
export function initiativeLabel(ini: SummativeInitiative): Cell {
  const number = `${ini.ref.o}.${ini.ref.i}`;
  const name = initiativeNames(ini.ref).description;
  if (!ini.readable.has(name)) return `${number} ${missing(name)}`;
  const formula = `=${formulaText(`${number} `)}&${name}`;
  return ini.known ? { formula, result: `${number} ${ini.description}` } : { formula };
}

/** The four rows of one initiative, from w.r. */
function initiativeBlock(w: Rows, ini: SummativeInitiative): void {
  const { parts } = w;
  const n = initiativeNames(ini.ref);
  const r = w.r;
  const withResult = (formula: string, result: string | number): Cell => (ini.known ? { formula, result } : { formula });
  const text = (name: string, value: string): Cell => (ini.readable.has(name) ? withResult(`=""&${name}`, value) : missing(name));
  const rows: Cell[][] = [];
  SCALE_KEYS.forEach((key, k) => {
    const row = r + k;
    const periods = QPR_PERIODS.map((p) => text(n.rating(KIND[key], p), ini.ratings[key][p]));
    const ranks = QPR_PERIODS.map((_, c) => withResult(rankFormula(cellAddress(row, PERIOD_COL + c), key), ini.ranks[key][c] ?? 0));
    const change = withResult(changeFormula(row), ini.change[key] ? CHANGE_LABELS[ini.change[key]] : "");
    rows.push([k === 0 ? initiativeLabel(ini) : null, ROW_LABELS[key].rating, ...periods, change, k === 0 ? ini.corrections.cell : null, ...ranks]);
  });
  for (const key of SCALE_KEYS) {
    rows.push([null, ROW_LABELS[key].evidence, ...QPR_PERIODS.map((p) => text(n.rating(EVIDENCE[key], p), ini.evidence[key][p])), null, null, null, null, null, null]);
  }
  parts.blocks.push({ at: cellAddress(r, 0), cells: rows });
  parts.styles.push(
    { range: blockRange(cellAddress(r, 0), 4, CORRECTIONS_COL), style: OWNED },
    { range: blockRange(cellAddress(r, 1), 4, 1), style: { ...LABEL, fill: "#F2F2F2" } },
    { range: blockRange(cellAddress(r, CHANGE_COL), 2, 1), style: { ...OWNED, bold: true, hAlign: "center" } },
    { range: blockRange(cellAddress(r, CORRECTIONS_COL), 4, 1), style: INPUT },
    { range: blockRange(cellAddress(r, RANK_COL), 2, QPR_PERIODS.length), style: RANK_STYLE },
  );
  // The initiative's label sits in its first row, sized to it, never merged down the block: a
  // merged cell cut by a page break prints its text over the next page's header.
  parts.merges.push(`${cellAddress(r, CORRECTIONS_COL)}:${cellAddress(r + 3, CORRECTIONS_COL)}`);
  parts.merges.push(`${cellAddress(r + 2, CHANGE_COL)}:${cellAddress(r + 3, CHANGE_COL)}`);
  // Evidence rows as high as the longest evidence the period columns show (at least four lines).
  const evidenceHeight = (key: ScaleKey) => Math.max(60, ...QPR_PERIODS.map((p) => rowHeightFor(ini.evidence[key][p], WIDTHS[PERIOD_COL])));
  const labelHeight = Math.max(32, rowHeightFor(`${ini.ref.o}.${ini.ref.i} ${ini.description}`, WIDTHS[0]));
  parts.rows.push(
    { index: r, height: labelHeight },
    { index: r + 1, height: 32 },
    { index: r + 2, height: evidenceHeight("process") },
    { index: r + 3, height: evidenceHeight("performance") },
  );
  parts.name(w.s.review.corrections(ini.ref), cellAddress(r, CORRECTIONS_COL));
  w.r += 4;
}

function objectiveBlock(w: Rows, objective: SummativeObjective): void {
  const first = objective.initiatives[0];
  const name = initiativeNames(first.ref).objective;
  const formula = `="Objective ${objective.o}: "&${name}`;
  const title: Cell = !first.readable.has(name)
    ? `Objective ${objective.o}`
    : objective.titleKnown
      ? { formula, result: `Objective ${objective.o}: ${objective.title}` }
      : { formula };
  line(w, title, { ...LABEL, fill: "#DDEBF7" });
  for (const ini of objective.initiatives) initiativeBlock(w, ini);
}

/** The ratings over the year; returns the header's row (repeated on every printed page). */
export function ratingsSection(w: Rows): number {
  const { model } = w;
  line(w, "Ratings over the year, by objective and initiative, with the evidence of each period", { bold: true, fontSize: 12, fill: "#DDEBF7" });
  const at = w.r;
  header(w, [
    ["Initiative", 0, 0],
    ["", 1, 1],
    ...QPR_PERIODS.map((p, k): [string, number, number] => [periodHeading(p, model.startYear), PERIOD_COL + k, PERIOD_COL + k]),
    ["Change over the year", CHANGE_COL, CHANGE_COL],
    [CORRECTIONS_HEADER, CORRECTIONS_COL, CORRECTIONS_COL],
    ...QPR_PERIODS.map((p, k): [string, number, number] => [`${p} rank`, RANK_COL + k, RANK_COL + k]),
  ]);
  w.parts.styles.push({ range: span(at, RANK_COL, LAST_COL), style: { ...HEADER, italic: true, fontColor: "#7F7F7F" } });
  for (const objective of model.objectives) objectiveBlock(w, objective);
  if (model.objectives.length === 0) line(w, "This plan has no initiatives yet: add them, then rebuild this report.", { italic: true });
  if (model.orphanCorrections.length > 0) {
    w.r++;
    line(w, "Factual corrections kept from initiatives no longer in the plan", { bold: true, fill: "#DDEBF7" });
    for (const { ref, kept } of model.orphanCorrections) box(w, `Initiative ${ref.o}.${ref.i} (no longer in the plan)`, kept, w.s.review.corrections(ref), 60);
  }
  w.r++;
  return at;
}
