/**
 * What the Summary reads from the workbook before it is built: each initiative's names that can
 * be used in its formulas, the problems found on the way, and where the last Summary ended.
 */
import { QPR_PERIODS, type InitiativeRef, type QprPeriod } from "../../domain/plan";
import { SCALE_KEYS, SCALE_OF, type ScaleKey } from "../../domain/rollup";
import { parseRange } from "../../util/a1";
import type { WorkbookSnapshot } from "../../workbook/port";
import { initiativeNames, SUMMARY_NAMES, type RatingKind } from "../names";
import { asText, isBlank, type NameReader } from "./readCells";
import { initiativeIsLive, initiativeRefs } from "./readPlan";

/** What a rating cell shows when it holds something that is not a scale name. */
export const NOT_A_LEVEL = "not a scale level";
export const SCALE_WORD: Record<ScaleKey, string> = { process: "process", performance: "performance" };
const KIND: Record<ScaleKey, RatingKind> = { process: "Process", performance: "Performance" };

/** One initiative as the Summary reads it: which of its names can be used in formulas. */
export interface SummarySource {
  ref: InitiativeRef;
  description?: string;
  lead?: string;
  activities?: string;
  ratings: Record<ScaleKey, Partial<Record<QprPeriod, string>>>;
}

export function readSources(snap: WorkbookSnapshot, r: NameReader): SummarySource[] {
  const sources: SummarySource[] = [];
  for (const ref of initiativeRefs(snap)) {
    const prefix = `AIP.O${ref.o}.I${ref.i}.`;
    if (!initiativeIsLive(snap, ref)) {
      r.add(
        `${prefix}*`,
        `Initiative ${ref.o}.${ref.i} is not on the Summary: its strategy sheet is gone (all its names point at #REF! or a deleted sheet). Restore the sheet, or delete those names in Formulas > Name Manager.`,
      );
      continue;
    }
    const n = initiativeNames(ref);
    const source: SummarySource = { ref, ratings: { process: {}, performance: {} } };
    // r.get names what it cannot read among the problems; the Summary's cell then says "(cannot read …)".
    const one = (name: string): string | undefined => (r.get(name) ? name : undefined);
    source.description = one(n.description);
    source.lead = one(n.lead);
    const acts = r.get(n.activities);
    if (acts && (acts.read.values[0]?.length ?? 0) === 6) source.activities = n.activities;
    else if (acts) {
      r.add(
        n.activities,
        `The defined name ${n.activities} should cover 6 columns (Quarter, H, I, J, K, Status) but covers ${acts.read.range}; initiative ${ref.o}.${ref.i}'s overdue and complete activities are not counted on the Summary.`,
      );
    }
    const ratingNames = SCALE_KEYS.flatMap((key) => QPR_PERIODS.map((p) => n.rating(KIND[key], p)));
    const noTable = !ratingNames.some((name) => r.has(name));
    if (noTable) {
      // One problem for a whole missing rating table rather than eight.
      r.add(
        ratingNames[0],
        `Initiative ${ref.o}.${ref.i} has none of its rating names (${ratingNames[0]} … ${ratingNames[ratingNames.length - 1]}), so the Summary cannot show its ratings. Restore the rating table (undo), or recreate the names in Formulas > Name Manager.`,
      );
    }
    for (const key of noTable ? [] : SCALE_KEYS) {
      for (const p of QPR_PERIODS) {
        const name = n.rating(KIND[key], p);
        const g = r.get(name);
        if (!g) continue;
        source.ratings[key][p] = name;
        const value = g.read.values[0]?.[0] ?? "";
        if (!isBlank(value) && !SCALE_OF[key].levels.some((l) => l.name === asText(value))) {
          r.add(
            r.where(g),
            `"${asText(value)}" at ${r.where(g)} is not a level of the ${SCALE_OF[key].title} scale (names must match exactly, case and spaces included), so the Summary shows it as "${NOT_A_LEVEL}" and does not count it. Choose a level from the dropdown.`,
          );
        }
      }
    }
    sources.push(source);
  }
  return sources;
}

/** Last row (1-based) of the Summary's owned area, from its name, when it is on `sheet`. */
export function summaryAreaEnd(snap: WorkbookSnapshot, sheet: string): number | undefined {
  const read = snap.names[SUMMARY_NAMES.area];
  if (!read || read.sheet.toLowerCase() !== sheet.toLowerCase() || !read.range) return undefined;
  return parseRange(read.range).end.row + 1;
}
