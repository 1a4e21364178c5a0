/**
 * The portfolio's rows (docs/portfolio.md): what one district workbook contributes to the state's
 * view, computed from what was read out of it. Pure: the same inputs always give the same rows, so
 * the workbook's sheets and the CSV files hold the same numbers.
 *
 * Counting follows the Summary (src/domain/rollup.ts): a rating counts only when it is exactly a
 * scale name; overdue is the checker's and the minutes' definition (src/domain/activities.ts);
 * coverage is the minutes' three-month rule (src/domain/minutes/coverage.ts).
 */
import type { Finding, Severity } from "../findings";
import { isCompleteStatus, isOverdue } from "../activities";
import { monthWindow, schoolYearLabel } from "../calendar";
import { coverage, type MeetingRecord } from "../minutes/coverage";
import { QPR_PERIODS, type IsoDate, type Plan, type QprPeriod } from "../plan";
import { countLevels, rollUpInitiative, SCALE_KEYS, SCALE_OF, type ScaleKey } from "../rollup";

/** Everything read from one district workbook. */
export interface DistrictInput {
  /** The file as shown to people: its path under the folder given on the command line. */
  file: string;
  plan: Plan;
  /** The checker's findings (src/checks/engine.ts), problems reading the plan included. */
  findings: Finding[];
  /** Highlight Discussion minutes in the workbook. */
  meetings: MeetingRecord[];
  /** Dates of the rubric self-assessments in the workbook. */
  assessments: IsoDate[];
}

export interface PortfolioOptions {
  /** The QPR period the Districts sheet counts. */
  period: QprPeriod;
  /** "Today" for overdue and due. */
  today: IsoDate;
}

export type Coverage = "Yes" | "No" | "Not yet";

export interface ScaleSummary {
  /** Initiatives at each level, lowest first (4 numbers). */
  levels: number[];
  notRated: number;
  notALevel: number;
  /** The lowest level anyone is at, by name; "" when no initiative has a valid rating. */
  lowest: string;
  /** The initiatives at that level ("1.2, 2.1"). */
  lowestAt: string;
}

export interface DistrictRow {
  file: string;
  district: string;
  /** "SY 2026-27", or "" when the workbook does not say. */
  schoolYear: string;
  objectives: number;
  initiatives: number;
  period: QprPeriod;
  scales: Record<ScaleKey, ScaleSummary>;
  /** Activities whose completion date has passed and that are not Complete. */
  overdue: number;
  /** Activities due from today to the end of today's month and not Complete. */
  dueThisMonth: number;
  counts: Record<Severity, number>;
  /** Findings per rule, most frequent first: "benchmark-date 3, benchmark-target 1". */
  byRule: string;
  lastDiscussion?: IsoDate;
  coverage: Coverage;
  /** Initiatives the last three months of minutes did not discuss ("1.2, 2.1"). */
  notDiscussed: string;
  lastSelfAssessment?: IsoDate;
}

export interface RatingRow {
  file: string;
  district: string;
  objective: number;
  /** "1.2" */
  initiative: string;
  description: string;
  period: QprPeriod;
  /** As typed; "" when not rated. */
  process: string;
  /** 1 (lowest) … 4; 0 not a scale level; undefined not rated. */
  processRank?: number;
  processEvidence: boolean;
  performance: string;
  performanceRank?: number;
  performanceEvidence: boolean;
  ratedOn?: IsoDate;
}

export interface FindingRow {
  file: string;
  district: string;
  sheet: string;
  cell: string;
  rule: string;
  severity: Severity;
  message: string;
}

export interface DistrictRecord {
  district: DistrictRow;
  ratings: RatingRow[];
  findings: FindingRow[];
}

const number = (o: number, i: number) => `${o}.${i}`;

function scaleSummary(key: ScaleKey, group: ReturnType<typeof rollUpInitiative>[], period: QprPeriod): ScaleSummary {
  const k = QPR_PERIODS.indexOf(period);
  const counts = countLevels(group);
  const lowestRank = counts.lowest[key][k];
  const level = SCALE_OF[key].levels.find((l) => l.rank === lowestRank);
  return {
    levels: counts.counts[key].map((byPeriod) => byPeriod[k]),
    notRated: counts.notRated[key][k],
    notALevel: counts.notALevel[key][k],
    lowest: level?.name ?? "",
    lowestAt: level
      ? group
          .filter((g) => g.ranks[key][period] === level.rank)
          .map((g) => number(g.ref.o, g.ref.i))
          .join(", ")
      : "",
  };
}

function byRule(findings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([rule, n]) => `${rule} ${n}`)
    .join(", ");
}

/** The three-month rule at the latest minutes on or before today: that month and the two earlier months with minutes. */
function coverageNow(initiatives: string[], meetings: MeetingRecord[], today: IsoDate): { last?: IsoDate; met: Coverage; missing: string[] } {
  const held = meetings.filter((m) => m.date <= today).sort((a, b) => (a.date === b.date ? a.seq - b.seq : a.date < b.date ? -1 : 1));
  const last = held[held.length - 1];
  if (!last) return { met: "Not yet", missing: [] };
  const window = coverage(initiatives, held, { date: last.date, seq: last.seq + 1 });
  if (!window.windowFull) return { last: last.date, met: "Not yet", missing: [] };
  return { last: last.date, met: window.mustDiscuss.length === 0 ? "Yes" : "No", missing: window.mustDiscuss };
}

function latest(dates: IsoDate[], today: IsoDate): IsoDate | undefined {
  return dates
    .filter((d) => d <= today)
    .sort()
    .pop();
}

export function districtRow(input: DistrictInput, options: PortfolioOptions): DistrictRow {
  const { plan, findings } = input;
  const { period, today } = options;
  const group = plan.objectives.flatMap((o, oi) => o.initiatives.map((init, ii) => rollUpInitiative({ o: oi + 1, i: ii + 1 }, init, today)));
  const activities = plan.objectives.flatMap((o) => o.initiatives.flatMap((i) => i.activities));
  const monthEnd = monthWindow(Number(today.slice(0, 4)), Number(today.slice(5, 7))).end;
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  const numbers = group.map((g) => number(g.ref.o, g.ref.i));
  const cover = coverageNow(numbers, input.meetings, today);
  return {
    file: input.file,
    district: plan.district,
    schoolYear: plan.schoolYear ? schoolYearLabel(plan.schoolYear) : "",
    objectives: plan.objectives.length,
    initiatives: group.length,
    period,
    scales: Object.fromEntries(SCALE_KEYS.map((key) => [key, scaleSummary(key, group, period)])) as Record<ScaleKey, ScaleSummary>,
    overdue: activities.filter((a) => isOverdue(a.complete, a.status?.trim(), today)).length,
    dueThisMonth: activities.filter((a) => a.complete !== undefined && a.complete >= today && a.complete <= monthEnd && !isCompleteStatus(a.status?.trim())).length,
    counts,
    byRule: byRule(findings),
    lastDiscussion: cover.last,
    coverage: cover.met,
    notDiscussed: cover.missing.join(", "),
    lastSelfAssessment: latest(input.assessments, today),
  };
}

const present = (text: string | undefined) => (text ?? "").trim() !== "";

/** Long form: one row per initiative and QPR period, rated or not, so a pivot sees every gap. */
export function ratingRows(input: DistrictInput): RatingRow[] {
  const rows: RatingRow[] = [];
  input.plan.objectives.forEach((objective, oi) =>
    objective.initiatives.forEach((initiative, ii) => {
      // Only the ranks are used here; "today" matters for overdue, which this table does not hold.
      const rolled = rollUpInitiative({ o: oi + 1, i: ii + 1 }, initiative, "0000-01-01");
      for (const period of QPR_PERIODS) {
        const entry = initiative.ratings[period] ?? {};
        rows.push({
          file: input.file,
          district: input.plan.district,
          objective: oi + 1,
          initiative: number(oi + 1, ii + 1),
          description: initiative.description,
          period,
          process: entry.process ?? "",
          processRank: rolled.ranks.process[period],
          processEvidence: present(entry.processEvidence),
          performance: entry.performance ?? "",
          performanceRank: rolled.ranks.performance[period],
          performanceEvidence: present(entry.performanceEvidence),
          ratedOn: entry.ratedOn,
        });
      }
    }),
  );
  return rows;
}

export function findingRows(input: DistrictInput): FindingRow[] {
  return input.findings.map((f) => ({ file: input.file, district: input.plan.district, sheet: f.sheet, cell: f.cell, rule: f.rule, severity: f.severity, message: f.message }));
}

export function districtRecord(input: DistrictInput, options: PortfolioOptions): DistrictRecord {
  return { district: districtRow(input, options), ratings: ratingRows(input), findings: findingRows(input) };
}

/** Districts in a stable order (by district name, then file), whatever order the workers finished in. */
export function sortRecords(records: DistrictRecord[]): DistrictRecord[] {
  return [...records].sort(
    (a, b) => a.district.district.localeCompare(b.district.district) || (a.district.file < b.district.file ? -1 : a.district.file > b.district.file ? 1 : 0),
  );
}
