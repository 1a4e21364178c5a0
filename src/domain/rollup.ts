/**
 * The roll-up of QPR ratings (DECISIONS.md 8): per initiative, each period's rating, the latest
 * one and its change since the previous rating; per objective and for the plan, the count of
 * initiatives at each level by period and the lowest level ("weakest link"). A summary, never an
 * ESE rating: ranks 1–4 are used only to count, sort and colour.
 *
 * This is what the Summary sheet's live formulas compute; the tests compare the two.
 * Matching is exact: a rating counts only when it is a scale name exactly as written (case and
 * spaces included); anything else is "not a scale level", never silently counted.
 */
import { isCompleteStatus, isOverdue } from "./activities";
import { QPR_PERIODS, type InitiativeRef, type IsoDate, type Plan, type QprPeriod } from "./plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE, type Scale } from "./scales";

export type ScaleKey = "process" | "performance";
export const SCALE_KEYS: readonly ScaleKey[] = ["process", "performance"];
export const SCALE_OF: Record<ScaleKey, Scale> = { process: PROCESS_SCALE, performance: PERFORMANCE_SCALE };

/** Rank of a typed rating: undefined when blank, 0 when it is not a scale level, else 1 (low) … 4. */
export type Rank = number | undefined;

export function ratingRank(scale: Scale, value: string | undefined): Rank {
  if (value === undefined || value.trim() === "") return undefined;
  return scale.levels.find((l) => l.name === value)?.rank ?? 0;
}

export type Change = "up" | "down" | "same";

/** The exit phase a process rank hints at, on the Summary only (DECISIONS.md 4): never a rating. */
export const PHASE_HINTS: Record<number, string> = { 1: "Early Implementation", 2: "Early Implementation", 3: "Transitional", 4: "Practices Embedded" };

export interface InitiativeRollup {
  ref: InitiativeRef;
  description: string;
  lead: string;
  /** Rank by scale and period. */
  ranks: Record<ScaleKey, Record<QprPeriod, Rank>>;
  /** The last period with a rating (typed, valid or not), and its rank. */
  latest: Record<ScaleKey, { period: QprPeriod; rank: number } | undefined>;
  /** Latest rating against the one before it (the last earlier period with a rating); undefined when either is missing or not a scale level. */
  change: Record<ScaleKey, Change | undefined>;
  /** Exit phase hinted by the latest process rating (DECISIONS.md 4); undefined when it is missing or not a level. */
  phaseHint?: string;
  /** Activities whose Complete date (K) is before `today` and whose status is not Complete. */
  overdue: number;
  /** Activities whose status is Complete. */
  complete: number;
}

/** Counts over a group of initiatives; arrays by period in QPR_PERIODS order. */
export interface LevelCounts {
  initiatives: number;
  /** counts[scale][levelIndex 0 = lowest][periodIndex] */
  counts: Record<ScaleKey, number[][]>;
  notALevel: Record<ScaleKey, number[]>;
  notRated: Record<ScaleKey, number[]>;
  /** Lowest rank present in each period ("weakest link"); undefined when nobody has a valid rating. */
  lowest: Record<ScaleKey, Rank[]>;
}

export interface PlanRollup {
  initiatives: InitiativeRollup[];
  /** One per objective, in plan order. */
  objectives: LevelCounts[];
  plan: LevelCounts;
}

function change(latest: number | undefined, previous: number | undefined): Change | undefined {
  if (!latest || !previous) return undefined; // missing, or 0: not a scale level
  return latest > previous ? "up" : latest < previous ? "down" : "same";
}

export function rollUpInitiative(ref: InitiativeRef, initiative: Plan["objectives"][number]["initiatives"][number], today: IsoDate): InitiativeRollup {
  const ranks = {} as InitiativeRollup["ranks"];
  const latest = {} as InitiativeRollup["latest"];
  const changes = {} as InitiativeRollup["change"];
  for (const key of SCALE_KEYS) {
    const byPeriod = Object.fromEntries(QPR_PERIODS.map((p) => [p, ratingRank(SCALE_OF[key], initiative.ratings[p]?.[key])])) as Record<QprPeriod, Rank>;
    ranks[key] = byPeriod;
    const rated = QPR_PERIODS.filter((p) => byPeriod[p] !== undefined);
    const last = rated[rated.length - 1];
    const before = rated[rated.length - 2];
    latest[key] = last === undefined ? undefined : { period: last, rank: byPeriod[last] as number };
    changes[key] = change(last && byPeriod[last], before && byPeriod[before]);
  }
  return {
    ref,
    description: initiative.description,
    lead: initiative.lead,
    ranks,
    latest,
    change: changes,
    phaseHint: latest.process ? PHASE_HINTS[latest.process.rank] : undefined,
    overdue: initiative.activities.filter((a) => isOverdue(a.complete, a.status, today)).length,
    complete: initiative.activities.filter((a) => isCompleteStatus(a.status)).length,
  };
}

export function countLevels(group: readonly InitiativeRollup[]): LevelCounts {
  const out: LevelCounts = {
    initiatives: group.length,
    counts: { process: [], performance: [] },
    notALevel: { process: [], performance: [] },
    notRated: { process: [], performance: [] },
    lowest: { process: [], performance: [] },
  };
  for (const key of SCALE_KEYS) {
    const levels = SCALE_OF[key].levels;
    out.counts[key] = levels.map((l) => QPR_PERIODS.map((p) => group.filter((g) => g.ranks[key][p] === l.rank).length));
    out.notALevel[key] = QPR_PERIODS.map((p) => group.filter((g) => g.ranks[key][p] === 0).length);
    out.notRated[key] = QPR_PERIODS.map((p) => group.filter((g) => g.ranks[key][p] === undefined).length);
    out.lowest[key] = QPR_PERIODS.map((_, k) => levels.find((_, level) => out.counts[key][level][k] > 0)?.rank);
  }
  return out;
}

/** The whole roll-up. `today` decides what is overdue (the sheet uses TODAY()). */
export function rollUp(plan: Plan, today: IsoDate): PlanRollup {
  const objectives: InitiativeRollup[][] = plan.objectives.map((objective, oi) =>
    objective.initiatives.map((initiative, ii) => rollUpInitiative({ o: oi + 1, i: ii + 1 }, initiative, today)),
  );
  const initiatives = objectives.flat();
  return { initiatives, objectives: objectives.map(countLevels), plan: countLevels(initiatives) };
}
