import { MAX_TAB_LENGTH, strategyTabName } from "../../../src/layout/tabNames";

const ref = { o: 1, i: 2 };

describe("strategyTabName", () => {
  it("is the number and the description", () => {
    expect(strategyTabName(ref, "Tiered reading support", [])).toBe("1.2 Tiered reading support");
  });

  it("drops characters Excel forbids and collapses whitespace", () => {
    const name = strategyTabName(ref, "  Math [K-5]: what/why?\\ *now*\n\tok ", []);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(name).toBe("1.2 Math K-5 what why now ok");
  });

  it("never ends with an apostrophe and keeps inner ones", () => {
    expect(strategyTabName(ref, "Families' ", [])).toBe("1.2 Families");
    expect(strategyTabName(ref, "It's reading", [])).toBe("1.2 It's reading");
  });

  it("fits within 31 characters at a word boundary", () => {
    const name = strategyTabName(ref, "Expand high-quality professional learning for every teacher", []);
    expect(name.length).toBeLessThanOrEqual(MAX_TAB_LENGTH);
    expect(name).toBe("1.2 Expand high-quality");
  });

  it("is unique against existing tabs without regard to case", () => {
    expect(strategyTabName(ref, "Coaching", ["1.2 COACHING"])).toBe("1.2 Coaching (2)");
    expect(strategyTabName(ref, "Coaching", ["1.2 coaching", "1.2 Coaching (2)"])).toBe("1.2 Coaching (3)");
  });

  it("falls back to the number alone when nothing usable is left", () => {
    expect(strategyTabName(ref, " ::?? ", [])).toBe("1.2");
    expect(strategyTabName(ref, "", ["1.2"])).toBe("1.2 (2)");
  });

  it("stays within 31 characters with a suffix", () => {
    const long = "A very long initiative description indeed";
    const first = strategyTabName(ref, long, []);
    const second = strategyTabName(ref, long, [first]);
    expect(second).toMatch(/ \(2\)$/);
    expect(second.length).toBeLessThanOrEqual(MAX_TAB_LENGTH);
  });
});
