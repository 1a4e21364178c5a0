/**
 * The results the Summary's formulas compute, from the domain's roll-up (src/domain/rollup.ts) over
 * what the snapshot the command read holds in each source cell: stored beside the formulas so a
 * preview shows the Summary as Excel will. A source whose value is unknown (an error, or a cell
 * the file has no result for) leaves its row and its groups' counts without results.
 */
import { serialToIso } from "../../domain/calendar";
import type { Activity, Initiative, IsoDate, Quarter, Ratings } from "../../domain/plan";
import { QPR_PERIODS } from "../../domain/plan";
import { countLevels, rollUpInitiative, SCALE_KEYS, type InitiativeRollup, type LevelCounts } from "../../domain/rollup";
import type { CellValue, WorkbookSnapshot } from "../../workbook/port";
import { knownValue } from "../read/knownValue";
import { asText, isErrorValue } from "../read/readCells";
import type { SummarySource } from "../read/summarySources";

/** One initiative's roll-up with the texts its row shows. */
export interface SourceResults {
  rollup: InitiativeRollup;
  description?: CellValue;
  lead?: CellValue;
  /** The rating texts by scale and period, as typed. */
  texts: Record<"process" | "performance", Partial<Record<(typeof QPR_PERIODS)[number], string>>>;
}

/** The activities the COUNTIFS read: column K (complete) and the status, as the domain takes them. */
function activitiesOf(snap: WorkbookSnapshot, name: string): Activity[] | undefined {
  const read = snap.names[name];
  if (!read || (read.noResult?.length ?? 0) > 0) return undefined;
  const out: Activity[] = [];
  for (const row of read.values) {
    const [complete, status] = [row[4] ?? "", row[5] ?? ""];
    if (isErrorValue(complete) || isErrorValue(status)) return undefined;
    // COUNTIFS "<"&TODAY() counts date serials only; a text date is never overdue there.
    const activity: Activity = { quarter: "" as Quarter, text: "", lead: "", status: asText(status) as Activity["status"] };
    if (typeof complete === "number") activity.complete = serialToIso(complete);
    out.push(activity);
  }
  return out;
}

/** The roll-up of one Summary row, or undefined when a value it depends on is unknown. */
export function sourceResults(snap: WorkbookSnapshot, s: SummarySource, today: IsoDate): SourceResults | undefined {
  const ratings: Ratings = {};
  const texts: SourceResults["texts"] = { process: {}, performance: {} };
  for (const key of SCALE_KEYS) {
    for (const p of QPR_PERIODS) {
      const name = s.ratings[key][p];
      if (!name) continue;
      const v = knownValue(snap, name);
      if (v === undefined) return undefined;
      texts[key][p] = asText(v);
      ratings[p] = { ...ratings[p], [key]: asText(v) };
    }
  }
  const activities = s.activities ? activitiesOf(snap, s.activities) : [];
  if (!activities) return undefined;
  const initiative: Initiative = { description: "", lead: "", shortTermOutcomes: [], earlyEvidence: [], resources: "", activities, ratings };
  return {
    rollup: rollUpInitiative(s.ref, initiative, today),
    description: s.description ? knownValue(snap, s.description) : undefined,
    lead: s.lead ? knownValue(snap, s.lead) : undefined,
    texts,
  };
}

/** A group's counts, when every one of its rows is known. */
export function groupCounts(rows: readonly (SourceResults | undefined)[]): LevelCounts | undefined {
  return rows.every((r) => r !== undefined) ? countLevels(rows.map((r) => r!.rollup)) : undefined;
}
