import {
  addDays,
  inWindow,
  isIsoDate,
  isoToSerial,
  quarterOf,
  quarterWindow,
  schoolYearLabel,
  schoolYearWindow,
  serialToIso,
  monthNumber,
  monthWindow,
  qprWindow,
  usDate,
  yearOfMonth,
} from "../../../src/domain/calendar";
import { QUARTERS } from "../../../src/domain/plan";

describe("Excel serial dates", () => {
  test.each([
    ["2026-09-15", 46280],
    ["1900-03-01", 61],
    ["2000-01-01", 36526],
    ["2024-02-29", 45351],
    ["9999-12-31", 2958465],
  ])("%s is the serial Excel shows: %i", (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
    expect(serialToIso(serial)).toBe(iso);
  });

  test("serialToIso drops the time of day", () => {
    expect(serialToIso(46280.75)).toBe("2026-09-15");
  });

  test("serialToIso inverts isoToSerial for every day of a school year", () => {
    for (let serial = isoToSerial("2026-09-01"); serial <= isoToSerial("2027-08-31"); serial++) {
      expect(isoToSerial(serialToIso(serial))).toBe(serial);
    }
  });

  test("addDays crosses months, years and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-09-15", -7)).toBe("2026-09-08");
  });
});

describe("isIsoDate", () => {
  test.each(["2026-09-15", "2028-02-29", "2000-02-29"])("%s is a date", (s) => expect(isIsoDate(s)).toBe(true));
  test.each(["2026-13-45", "2027-02-29", "1900-02-29", "2026-9-15", "09/15/2026", "2026-09-15T00:00:00Z", "", "TBD"])("%j is not", (s) => expect(isIsoDate(s)).toBe(false));
});

describe("school year", () => {
  test("runs from 1 September to 31 August", () => {
    expect(schoolYearWindow(2026)).toEqual({ start: "2026-09-01", end: "2027-08-31" });
  });

  test("label", () => {
    expect(schoolYearLabel(2026)).toBe("SY 2026-27");
    expect(schoolYearLabel(2099)).toBe("SY 2099-00");
  });
});

describe("quarters", () => {
  test.each([
    ["Sept-Dec", 2026, "2026-09-01", "2026-12-31"],
    ["Jan-March", 2026, "2027-01-01", "2027-03-31"],
    ["April-June", 2026, "2027-04-01", "2027-06-30"],
    ["July-Aug", 2026, "2027-07-01", "2027-08-31"],
    ["Jan-March", 2027, "2028-01-01", "2028-03-31"],
  ] as const)("%s of SY %i covers %s to %s", (quarter, year, start, end) => {
    expect(quarterWindow(quarter, year)).toEqual({ start, end });
  });

  test("the four quarters tile the school year without gaps or overlaps", () => {
    const windows = QUARTERS.map((q) => quarterWindow(q, 2026));
    expect(windows[0].start).toBe(schoolYearWindow(2026).start);
    expect(windows[3].end).toBe(schoolYearWindow(2026).end);
    for (let k = 1; k < windows.length; k++) expect(windows[k].start).toBe(addDays(windows[k - 1].end, 1));
  });

  test.each([
    ["2026-09-01", "Sept-Dec"],
    ["2026-12-31", "Sept-Dec"],
    ["2027-01-01", "Jan-March"],
    ["2027-03-31", "Jan-March"],
    ["2027-04-01", "April-June"],
    ["2027-06-30", "April-June"],
    ["2027-07-01", "July-Aug"],
    ["2027-08-31", "July-Aug"],
  ])("%s falls in %s", (iso, quarter) => {
    expect(quarterOf(iso)).toBe(quarter);
    expect(inWindow(iso, quarterWindow(quarter as (typeof QUARTERS)[number], 2026))).toBe(true);
  });
});

describe("months", () => {
  test("month words in full or short, any case, with Sept and a full stop; nothing else", () => {
    expect(["January", "sept.", "Sep", "JUNE", "jul", "December"].map(monthNumber)).toEqual([1, 9, 9, 6, 7, 12]);
    expect(["Ju", "Janu", "Mayo", "Spring", ""].map(monthNumber)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  test("a month without a year falls in the school year: Sep–Dec in its first year, Jan–Aug in the next", () => {
    expect([9, 12, 1, 8].map((m) => yearOfMonth(m, 2026))).toEqual([2026, 2026, 2027, 2027]);
  });

  test("a month's days, leap Februaries included; a QPR period's dates across the new year", () => {
    expect(monthWindow(2028, 2)).toEqual({ start: "2028-02-01", end: "2028-02-29" });
    expect(monthWindow(2027, 2)).toEqual({ start: "2027-02-01", end: "2027-02-28" });
    expect(qprWindow("Mar", 2026)).toEqual({ start: "2026-12-01", end: "2027-02-28" });
    expect(qprWindow("Jan", 2026)).toEqual({ start: "2026-09-01", end: "2026-11-30" });
  });

  test("dates are shown in the template's US order without leading zeros", () => {
    expect(usDate("2027-03-05")).toBe("3/5/2027");
  });
});
