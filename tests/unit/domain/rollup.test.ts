/** The domain roll-up: what the Summary's formulas must compute (DECISIONS.md 8). */
import type { Initiative, Plan } from "../../../src/domain/plan";
import { ratingRank, rollUp, rollUpInitiative } from "../../../src/domain/rollup";
import { PERFORMANCE_SCALE as PERF, PROCESS_SCALE as PROC } from "../../../src/domain/scales";

const P = (rank: number) => PROC.levels[rank - 1].name;
const F = (rank: number) => PERF.levels[rank - 1].name;

function initiative(over: Partial<Initiative> = {}): Initiative {
  return { description: "Coaching", lead: "Pat Lee", shortTermOutcomes: [], earlyEvidence: [], resources: "", activities: [], ratings: {}, ...over };
}

function plan(objectives: Initiative[][]): Plan {
  return {
    district: "D",
    date: "2026-08-15",
    schoolYear: 2026,
    keyIssues: "",
    theoryOfAction: "",
    roster: [],
    finalOutcomes: [],
    objectives: objectives.map((initiatives, o) => ({ title: `O${o + 1}`, lead: "Lee", initiatives })),
  };
}

describe("ratingRank: only exact scale names count", () => {
  test.each([
    [P(1), 1],
    [P(3), 3],
    [P(4), 4],
  ])("%s is rank %i", (name, rank) => expect(ratingRank(PROC, name)).toBe(rank));

  test.each([
    ["lower case", P(3).toLowerCase()],
    ["a trailing space", `${P(3)} `],
    ["a misspelling", "Practices in Place Stages"],
    ["the other scale's name", F(3)],
    ["a wildcard", "Practices*"],
  ])("%s is not a scale level (0)", (_, value) => expect(ratingRank(PROC, value)).toBe(0));

  test.each([[undefined], [""], ["   "]])("blank (%p) is not rated", (value) => expect(ratingRank(PROC, value)).toBeUndefined());
});

describe("per initiative", () => {
  test("latest rating and change since the previous rating, skipping unrated periods", () => {
    const r = rollUpInitiative({ o: 1, i: 1 }, initiative({ ratings: { Jan: { process: P(1), performance: F(2) }, Jun: { process: P(3), performance: F(2) } } }), "2027-01-01");
    expect(r.latest.process).toEqual({ period: "Jun", rank: 3 });
    expect(r.change).toEqual({ process: "up", performance: "same" });
    expect(r.phaseHint).toBe("Transitional"); // DECISIONS.md 4: a hint from the latest process rank
  });

  test("no change with one rating, or when either rating is not a scale level", () => {
    const one = rollUpInitiative({ o: 1, i: 1 }, initiative({ ratings: { Mar: { process: P(2) } } }), "2027-01-01");
    expect(one.change.process).toBeUndefined();
    const bad = rollUpInitiative({ o: 1, i: 1 }, initiative({ ratings: { Jan: { process: P(4) }, Mar: { process: "fully embedded stage" } } }), "2027-01-01");
    expect(bad.latest.process).toEqual({ period: "Mar", rank: 0 });
    expect(bad.change.process).toBeUndefined();
    expect(bad.phaseHint).toBeUndefined();
    const down = rollUpInitiative({ o: 1, i: 1 }, initiative({ ratings: { Jan: { process: P(4) }, Sep: { process: P(2) } } }), "2027-01-01");
    expect(down.change.process).toBe("down");
  });

  test("overdue: a Complete date before today and not Complete; complete ignores case", () => {
    const acts = [
      { quarter: "Sept-Dec" as const, text: "a", lead: "x", complete: "2026-10-01", status: "In progress" as const },
      { quarter: "Sept-Dec" as const, text: "b", lead: "x", complete: "2026-10-01", status: "Complete" as const },
      { quarter: "Sept-Dec" as const, text: "c", lead: "x", complete: "2026-12-01" },
      { quarter: "Sept-Dec" as const, text: "d", lead: "x", complete: "2026-11-29" },
      { quarter: "Sept-Dec" as const, text: "e", lead: "x", status: "complete" as never },
      { quarter: "Sept-Dec" as const, text: "f", lead: "x", complete: "By November" },
    ];
    const r = rollUpInitiative({ o: 1, i: 1 }, initiative({ activities: acts }), "2026-11-29");
    expect(r.overdue).toBe(1);
    expect(r.complete).toBe(2);
  });
});

describe("per objective and plan", () => {
  const p = plan([
    [initiative({ ratings: { Jan: { process: P(2) }, Mar: { process: P(3) } } }), initiative({ ratings: { Jan: { process: P(1) }, Mar: { process: "practices" } } })],
    [initiative({ ratings: { Jan: { process: P(4), performance: F(4) } } })],
  ]);
  const r = rollUp(p, "2027-01-01");

  test("counts at each level by period, low to high", () => {
    expect(r.objectives[0].counts.process).toEqual([
      [1, 0, 0, 0],
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(r.plan.counts.process[3]).toEqual([1, 0, 0, 0]);
    expect(r.plan.notALevel.process).toEqual([0, 1, 0, 0]);
    expect(r.plan.notRated.process).toEqual([0, 1, 3, 3]);
    expect(r.plan.notRated.performance).toEqual([2, 3, 3, 3]);
  });

  test("lowest level (weakest link) ignores values that are not levels; none when nobody is rated", () => {
    expect(r.objectives[0].lowest.process).toEqual([1, 3, undefined, undefined]);
    expect(r.plan.lowest.process).toEqual([1, 3, undefined, undefined]);
    expect(r.objectives[1].lowest.performance).toEqual([4, undefined, undefined, undefined]);
  });

  test("an empty plan has zero counts", () => {
    const empty = rollUp(plan([]), "2027-01-01");
    expect(empty.plan.counts.process).toEqual([0, 0, 0, 0].map(() => [0, 0, 0, 0]));
    expect(empty.objectives).toEqual([]);
  });
});
