import { countWords, section1Words } from "../../../src/domain/words";
import type { Plan } from "../../../src/domain/plan";

/**
 * The Plan sheet's formula, step by step, as Excel evaluates it for non-blank text:
 * LEN(TRIM(SUBSTITUTE(x,CHAR(10)," ")))-LEN(SUBSTITUTE(TRIM(SUBSTITUTE(x,CHAR(10)," "))," ",""))+1.
 * Excel's TRIM drops leading and trailing spaces and turns each run of inner spaces into one.
 */
function sheetFormula(x: string): number {
  const excelTrim = (s: string) => s.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
  const t = excelTrim(x.split("\n").join(" "));
  if (t === "") return 0; // the sheet shows 0 for blank cells
  return t.length - t.split(" ").join("").length + 1;
}

describe("countWords", () => {
  test.each([
    ["", 0],
    ["   ", 0],
    ["\n\n", 0],
    ["word", 1],
    ["two words", 2],
    ["  leading and trailing  ", 3],
    ["runs    of     spaces count once", 5],
    ["line\nbreaks\n\nseparate words", 4],
    ["tabs\tseparate\twords", 3],
    ["Windows\r\nline endings", 3],
    ["By January 2027, 80% of grade 3–5 teachers will use the new phonics routines.", 14],
    ["hyphenated-words and e-mail count as one each", 7],
    ["punctuation , alone counts", 4],
  ])("%j → %i", (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  test.each([
    "The district will meet its PPI target.",
    "  Two\nparagraphs  with   extra spaces \n\n and blank lines  ",
    "one",
    "\n a \n",
    "If every classroom delivers strong literacy instruction, then reading scores will rise.",
  ])("agrees with the Plan sheet's formula on %j", (text) => {
    expect(countWords(text)).toBe(sheetFormula(text));
  });
});

describe("section1Words", () => {
  const plan: Plan = {
    district: "Not counted District",
    date: "2026-09-01",
    schoolYear: 2026,
    keyIssues: "one two three",
    theoryOfAction: "If this then that",
    roster: ["Not Counted Either"],
    finalOutcomes: [{ text: "PPI 75", date: "2027-06-30" }, { text: "fewer absences" }],
    objectives: [
      {
        title: "Literacy for all",
        lead: "Ann Lee",
        initiatives: [
          { description: "Phonics", lead: "Bo", shortTermOutcomes: ["not counted"], earlyEvidence: ["not counted"], resources: "not counted", activities: [], ratings: {} },
          { description: "Writing across subjects", lead: "Cy", shortTermOutcomes: [], earlyEvidence: [], resources: "", activities: [], ratings: {} },
        ],
      },
    ],
  };

  test("counts key issues, theory of action, objective titles, initiative descriptions and final outcomes", () => {
    // 3 + 4 + 3 + 1 + 3 + 2 + 2
    expect(section1Words(plan)).toBe(18);
  });

  test("an empty plan has no words", () => {
    expect(section1Words({ ...plan, keyIssues: "", theoryOfAction: "", finalOutcomes: [], objectives: [] })).toBe(0);
  });
});
