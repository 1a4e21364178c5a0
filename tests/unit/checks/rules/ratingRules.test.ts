import { ratingEvidence } from "../../../../src/checks/rules/ratingEvidence";
import { ratingValue } from "../../../../src/checks/rules/ratingValue";
import { planWith, run } from "../../../support/planFixture";

describe("rating-value", () => {
  test("exact scale names pass; lower case, trailing space, misspelling, a number are errors suggesting the level", () => {
    const b = planWith([
      {
        ratings: {
          Jan: { Process: "Technical Implementation Stage", Performance: "Partially Reached Performance Goals" },
          Mar: { Process: "practices in place stage", Performance: "Reached Performance Goals " },
          Jun: { Process: "Fully Embeded Stage", Performance: 3 },
        },
      },
    ]);
    const f = run(ratingValue, b);
    expect(f.map((x) => x.severity)).toEqual(["error", "error", "error", "error"]);
    expect(f.map((x) => x.suggestion)).toEqual([
      'Choose "Practices in Place Stage" from the dropdown.',
      'Choose "Reached Performance Goals" from the dropdown.',
      'Choose "Fully Embedded Stage" from the dropdown.',
      expect.stringContaining("Choose one of: Performance Goals Not Reached;"),
    ]);
    expect(f[1].message).toContain("extra spaces");
    expect(new Set(f.map((x) => x.cell)).size).toBe(4);
  });
});

describe("rating-evidence", () => {
  test("a rating with evidence passes; a rating with none is a warning on the empty evidence cell", () => {
    const b = planWith([
      {
        ratings: {
          Jan: { Process: "Technical Implementation Stage", ProcessEvidence: "Logs", Performance: "Reached Performance Goals" },
          Mar: { ProcessEvidence: "Evidence without a rating is fine" },
        },
      },
    ]);
    const f = run(ratingEvidence, b);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "rating-evidence", severity: "warning", initiative: { o: 1, i: 1 } });
    expect(f[0].message).toBe("The Jan performance rating of initiative 1.1 has no evidence beside it.");
  });
});
