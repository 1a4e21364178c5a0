/** Highlight Discussion minutes, pure parts: themes, deadlines, benchmark dates, this month's agenda, coverage. */
import { monthAgenda, type AgendaActivity, type AgendaInitiative } from "../../../src/domain/minutes/agenda";
import { coverage, isDiscussedMark, type MeetingRecord } from "../../../src/domain/minutes/coverage";
import { benchmarkMonths, monthsMentioned } from "../../../src/domain/minutes/dateFinder";
import { minutesDeadlines } from "../../../src/domain/minutes/deadlines";
import { monthTheme } from "../../../src/domain/minutes/themes";

describe("monthly themes (SPEC.md §5.4, DECISIONS.md 18)", () => {
  test("July has none; September and October share one; August and November-June have their own", () => {
    expect(monthTheme("2027-07-14")).toBeUndefined();
    expect(monthTheme("2026-09-09")).toBe(monthTheme("2026-10-14"));
    expect(monthTheme("2026-10-14")?.heading).toBe("September/October:");
    expect(monthTheme("2027-08-11")?.heading).toBe("August:");
    for (const m of ["11", "12", "01", "02", "03", "04", "05", "06"]) expect(monthTheme(`2027-${m}-10`)?.heading).toBe("November-June:");
  });

  test("texts are the guidance's, verbatim, with August's questions nested", () => {
    expect(monthTheme("2026-10-01")?.items[0].text).toBe(
      "Discuss the district’s baseline data, as outlined in the Early Evidence of Change and Short Term Outcomes in the Accelerated Improvement Plan",
    );
    expect(monthTheme("2027-01-01")?.items.map((i) => i.text)).toEqual([
      "Discuss and reflect on accomplishments, challenges, risks, and key modifications.",
      "Identify next steps for the coming month, including the specific benchmarks/topics to be addressed at the next Highlight Discussion.",
    ]);
    const august = monthTheme("2027-08-01")!;
    expect(august.items[1].items).toEqual(["Why do you think the district saw the results it did?", "What are the implications for the work going forward this year?"]);
    expect(august.items[2].items).toHaveLength(3);
  });
});

describe("deadlines (DECISIONS.md 12: calendar days)", () => {
  const dates = (d: string) => Object.fromEntries(minutesDeadlines(d).map((x) => [x.key, x.date]));

  test("notice −7, draft +3, review +6, final +7", () => {
    expect(dates("2026-10-14")).toEqual({ notice: "2026-10-07", draft: "2026-10-17", review: "2026-10-20", final: "2026-10-21" });
  });

  test("across a month end, a year end and a leap day", () => {
    expect(dates("2026-12-29")).toEqual({ notice: "2026-12-22", draft: "2027-01-01", review: "2027-01-04", final: "2027-01-05" });
    expect(dates("2028-03-03").notice).toBe("2028-02-25");
    expect(dates("2028-02-26").draft).toBe("2028-02-29");
  });
});

describe("benchmark dates", () => {
  test("the 'By …' date is the benchmark's date; other months it mentions are not", () => {
    expect(benchmarkMonths("By June 2027, inclusion will rise from 48% to 60%, as reported in the October and June SIMS reports.", 2026)).toEqual(["2027-06"]);
    expect(benchmarkMonths("By November 2026, 250 students will be enrolled", 2026)).toEqual(["2026-11"]);
    expect(benchmarkMonths("80% attendance, checked on 11/30/2026 and 1/15/27", 2026)).toEqual(["2026-11", "2027-01"]);
    expect(benchmarkMonths("no later than 2027-03-31", 2026)).toEqual(["2027-03"]);
  });

  test("a month without a year falls inside the plan's school year (September–August)", () => {
    expect(monthsMentioned("By November, every school", 2026)).toEqual(["2026-11"]);
    expect(monthsMentioned("By March, every school", 2026)).toEqual(["2027-03"]);
    expect(monthsMentioned("By Aug. 15", 2026)).toEqual(["2027-08"]);
  });

  test("words that are not months are not dates", () => {
    expect(monthsMentioned("students may improve; marches and decorations", 2026)).toEqual([]);
    expect(monthsMentioned("increase 5% (TBD)", 2026)).toEqual([]);
  });
});

const date = (iso?: string, text = iso ?? "") => (iso ? { iso, text } : { text });
function activity(text: string, start?: string, complete?: string, status = "", raw: { start?: string; complete?: string } = {}): AgendaActivity {
  return {
    text,
    lead: "Coach",
    start: start || raw.start === undefined ? date(start) : { text: raw.start },
    complete: complete || raw.complete === undefined ? date(complete) : { text: raw.complete },
    status,
  };
}
function initiative(number: string, activities: AgendaActivity[], benchmarks: { sto?: string[]; ee?: string[] } = {}): AgendaInitiative {
  return { number, description: `Initiative ${number}`, lead: "Lead", activities, shortTermOutcomes: benchmarks.sto ?? [], earlyEvidence: benchmarks.ee ?? [] };
}

describe("this month's agenda", () => {
  test("month boundary: starting, due and overdue are judged by the meeting's month", () => {
    const plan = [
      initiative("1.1", [
        activity("due on the last day of last month, not done", "2026-10-01", "2026-10-31", "In progress"),
        activity("due last month and done", "2026-10-01", "2026-10-31", "Complete"),
        activity("starts on the last day of the month", "2026-11-30", "2027-01-15"),
        activity("starts the day after the month", "2026-12-01", "2026-12-20"),
        activity("due on the first of the month", "2026-09-01", "2026-11-01", "Complete"),
      ]),
    ];
    const agenda = monthAgenda(plan, "2026-11-02", 2026);
    expect(agenda.month).toBe("2026-11");
    expect(agenda.items.map((i) => [i.text, i.why])).toEqual([
      ["due on the last day of last month, not done", "Overdue: due 10/31/2026 (In progress)"],
      ["starts on the last day of the month", "Starts 11/30/2026"],
      ["due on the first of the month", "Due 11/1/2026 (Complete)"],
    ]);
  });

  test("month boundary: benchmarks dated this month or last month, not two months back or next month", () => {
    const plan = [initiative("2.1", [], { sto: ["By October 2026, 60% …", "By September 2026, 50% …", "By December 2026, 70% …"], ee: ["By November 2026, every teacher …"] })];
    const agenda = monthAgenda(plan, "2026-11-30", 2026);
    expect(agenda.items.map((i) => [i.kind, i.text, i.why])).toEqual([
      ["short_term_outcome", "By October 2026, 60% …", "Short-Term Outcome dated October 2026 (last month)"],
      ["early_evidence", "By November 2026, every teacher …", "Early Evidence of Change dated November 2026 (this month)"],
    ]);
  });

  test("school-year boundary: in September, 'last month' is August of the previous school year", () => {
    const plan = [
      initiative("1.1", [activity("summer institute", "2026-08-10", "2026-08-28", "Not started")], {
        sto: ["By August 2026, 40% …", "By August, 75% …", "By September, all schools …"],
      }),
    ];
    const agenda = monthAgenda(plan, "2026-09-09", 2026);
    expect(agenda.items.map((i) => [i.text, i.why])).toEqual([
      ["summer institute", "Overdue: due 8/28/2026 (Not started)"],
      ["By August 2026, 40% …", "Short-Term Outcome dated August 2026 (last month)"],
      // "By August" without a year is August 2027 in the 2026-27 school year: not on September's agenda.
      ["By September, all schools …", "Short-Term Outcome dated September 2026 (this month)"],
    ]);
  });

  test("calendar-year boundary: in January, 'last month' is December of the year before", () => {
    const plan = [initiative("3.2", [], { ee: ["By December, 75% of lessons …"] })];
    expect(monthAgenda(plan, "2027-01-13", 2026).items.map((i) => i.why)).toEqual(["Early Evidence of Change dated December 2026 (last month)"]);
  });

  test("activities with missing or text dates are listed under dates to confirm, never dropped", () => {
    const plan = [
      initiative("4.2", [
        activity("no dates at all"),
        activity("text completion", "2026-11-05", undefined, "", { complete: "Fall" }),
        activity("fine", "2026-09-01", "2026-09-30", "Complete"),
      ]),
    ];
    const agenda = monthAgenda(plan, "2026-11-12", 2026);
    expect(agenda.datesToConfirm.map((d) => [d.text, d.why])).toEqual([
      ["no dates at all", "No start date; no completion date"],
      ["text completion", "Completion date is text: “Fall”"],
    ]);
    expect(agenda.items.map((i) => i.text)).toEqual(["text completion"]); // it starts this month too
  });

  test("nothing this month gives an empty agenda", () => {
    const agenda = monthAgenda([initiative("1.1", [activity("later", "2027-03-01", "2027-03-30")])], "2026-11-12", 2026);
    expect(agenda).toEqual({ month: "2026-11", items: [], datesToConfirm: [] });
  });
});

describe("coverage over three meetings, counted by month (DECISIONS.md 13)", () => {
  const ALL = ["1.1", "1.2", "1.3"];
  const m = (date: string, discussed: string[], seq = 1): MeetingRecord => ({ date, seq, sheet: `Minutes ${date}`, discussed });

  test("before two earlier minutes nothing is forced, but what was never discussed is listed", () => {
    expect(coverage(ALL, [], { date: "2026-09-16", seq: 1 })).toMatchObject({ windowFull: false, mustDiscuss: [], neverDiscussed: ALL });
    expect(coverage(ALL, [m("2026-09-16", ["1.1"])], { date: "2026-10-14", seq: 1 })).toMatchObject({ windowFull: false, mustDiscuss: [], neverDiscussed: ["1.2", "1.3"] });
  });

  test("the third meeting must cover what the first two did not; the window then rolls", () => {
    const sep = m("2026-09-16", ["1.1"]);
    const oct = m("2026-10-14", ["1.2"]);
    const nov = coverage(ALL, [oct, sep], { date: "2026-11-18", seq: 1 });
    expect(nov.previous.map((x) => x.date)).toEqual(["2026-10-14", "2026-09-16"]);
    expect(nov.mustDiscuss).toEqual(["1.3"]);
    expect(nov.lastDiscussed).toEqual({ "1.1": "2026-09-16", "1.2": "2026-10-14", "1.3": undefined });

    const dec = coverage(ALL, [sep, oct, m("2026-11-18", ["1.3"])], { date: "2026-12-16", seq: 1 });
    expect(dec.mustDiscuss).toEqual(["1.1"]); // September falls out of the window
  });

  test("later minutes do not count for an earlier meeting; meetings count by month, so an extra meeting does not shorten the window", () => {
    const sep = m("2026-09-16", ["1.1", "1.2"]);
    const oct = m("2026-10-14", ["1.3"]);
    const octExtra = m("2026-10-28", []);
    const octSecondSheet = m("2026-10-14", ["1.1"], 2);
    const dec = m("2026-12-16", ALL);
    // November: the window is October (two sheets on two dates) and September.
    const nov = coverage(ALL, [sep, oct, octExtra, dec], { date: "2026-11-18", seq: 1 });
    expect(nov.previous.map((x) => x.date)).toEqual(["2026-10-28", "2026-10-14", "2026-09-16"]);
    expect(nov.mustDiscuss).toEqual([]);
    // A second sheet the same day comes after the first, and counts in its month.
    const oct3 = coverage(ALL, [sep, oct, octSecondSheet], { date: "2026-10-14", seq: 3 });
    expect(oct3.previous.map((x) => [x.date, x.seq])).toEqual([
      ["2026-10-14", 2],
      ["2026-10-14", 1],
      ["2026-09-16", 1],
    ]);
    expect(oct3.windowFull).toBe(false); // only September before October
    // January: December and November windows; November has no minutes, so October counts.
    const jan = coverage(ALL, [sep, oct, m("2026-12-16", ["1.2"])], { date: "2027-01-13", seq: 1 });
    expect(jan.mustDiscuss).toEqual(["1.1"]);
  });

  test("a meeting's own month counts: a second meeting in November need not repeat what the first covered", () => {
    const meetings = [m("2026-09-16", []), m("2026-10-14", ["1.1"]), m("2026-11-04", ["1.3"])];
    expect(coverage(ALL, meetings, { date: "2026-11-25", seq: 1 }).mustDiscuss).toEqual(["1.2"]);
  });

  test("a Discussed mark is anything but blank or a no", () => {
    expect(["Yes", "x", "✓", "TRUE", "y"].every(isDiscussedMark)).toBe(true);
    expect(["", "  ", "No", "n", "FALSE", "0", "-"].some(isDiscussedMark)).toBe(false);
  });
});
