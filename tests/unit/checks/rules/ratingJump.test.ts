import { ratingJump } from "../../../../src/checks/rules/ratingJump";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../../../src/domain/scales";
import { planWith, run } from "../../../support/planFixture";

const P = PROCESS_SCALE.levels.map((l) => l.name);
const F = PERFORMANCE_SCALE.levels.map((l) => l.name);

describe("rating-jump", () => {
  test("two levels in one step is a note, three a warning, on the later rating; blank periods are stepped over", () => {
    const b = planWith([
      {
        ratings: {
          Jan: { Process: P[0], Performance: F[3] },
          Mar: { Process: P[2] },
          Sep: { Process: P[2], Performance: F[0] },
        },
      },
    ]);
    const f = run(ratingJump, b);
    expect(f.map((x) => `${x.severity} ${x.message}`)).toEqual([
      `note The process rating went up 2 levels in one step: "${P[0]}" (Jan) to "${P[2]}" (Mar).`,
      `warning The performance rating went down 3 levels in one step: "${F[3]}" (Jan) to "${F[0]}" (Sep).`,
    ]);
    const snap = b.build();
    expect(f.map((x) => x.cell)).toEqual([snap.names["AIP.O1.I1.Process.Mar"].range, snap.names["AIP.O1.I1.Performance.Sep"].range]);
    expect(f[0].suggestion).toBe("Make sure the Mar process evidence explains a change this large.");
  });

  test.each([
    ["one level at a time", { Jan: { Process: P[0] }, Mar: { Process: P[1] }, Jun: { Process: P[2] }, Sep: { Process: P[3] } }],
    ["a single rating", { Jun: { Performance: F[3] } }],
    ["a name that is not a level in between", { Jan: { Process: P[0] }, Mar: { Process: "fully embedded" }, Jun: { Process: P[1] } }],
    ["the two scales are independent", { Jan: { Process: P[0], Performance: F[3] }, Mar: { Process: P[1], Performance: F[3] } }],
  ])("passes: %s", (_, ratings) => {
    expect(run(ratingJump, planWith([{ ratings }]))).toEqual([]);
  });
});
