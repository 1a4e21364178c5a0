import { suggest } from "../../../src/domain/suggest";
import { PROCESS_SCALE } from "../../../src/domain/scales";

const PROCESS = PROCESS_SCALE.levels.map((l) => l.name);

describe("suggest", () => {
  test.each([
    ["case and spacing", "practices  in place STAGE", PROCESS, {}, "Practices in Place Stage"],
    ["spaces around a slash", "Problematic Implementation / At-Risk", PROCESS, {}, "Problematic Implementation/At-Risk"],
    ["part of one name, when asked", "fully embedded", PROCESS, { partial: true }, "Fully Embedded Stage"],
    ["a dropped letter, when asked", "shortTermOutcome", ["shortTermOutcomes", "earlyEvidence"], { typos: true }, "shortTermOutcomes"],
    ["swapped letters, when asked", "nwe", ["new", "export"], { typos: true }, "new"],
  ] as const)("%s", (_label, input, options, how, expected) => {
    expect(suggest(input, options, how)).toBe(expected);
  });

  test.each([
    ["part of a name, when not asked", "fully embedded", PROCESS, {}],
    ["a part shared by two names", "implementation", PROCESS, { partial: true }],
    ["a typo close to two options", "jen", ["Jan", "Jun"], { typos: true }],
    ["something else entirely", "Great", PROCESS, { partial: true, typos: true }],
    ["blank input", "  ", PROCESS, { partial: true, typos: true }],
  ] as const)("no suggestion for %s", (_label, input, options, how) => {
    expect(suggest(input, options, how)).toBeUndefined();
  });
});
