/**
 * The edits people make to a plan workbook in Excel, each a small function over the person's side
 * of a workbook (target.ts) and a seeded random source. Each returns what it did, in words, for the
 * failure message; or undefined when it does not apply to this workbook (nothing changed).
 */
import { QUARTERS } from "../../src/domain/plan";
import { parseInitiativeName } from "../../src/layout/names";
import { cellAddress, parseRange } from "../../src/util/a1";
import type { Rng } from "../support/prng";
import { offset, type EditTarget, type LiveName } from "./target";

export interface Edit {
  kind: string;
  apply(t: EditTarget, rng: Rng): string | undefined;
}

const aip = (t: EditTarget) => t.names().filter((n) => n.name.startsWith("AIP."));
const topLeft = (n: LiveName) => n.range.split(":")[0];
const rows = (n: LiveName) => {
  const r = parseRange(n.range);
  return { top: r.start.row + 1, bottom: r.end.row + 1, left: r.start.col, right: r.end.col };
};
const strategySheets = (t: EditTarget) => [
  ...new Set(
    aip(t)
      .filter((n) => parseInitiativeName(n.name)?.field === "Description")
      .map((n) => n.sheet),
  ),
];
const field = (t: EditTarget, test: (f: string) => boolean) => aip(t).filter((n) => test(parseInitiativeName(n.name)?.field ?? ""));
const pickOr = <T>(rng: Rng, items: T[]): T | undefined => (items.length ? rng.pick(items) : undefined);
const unusedName = (t: EditTarget, base: string) => {
  const taken = new Set(t.sheets().map((s) => s.toLowerCase()));
  for (let k = 1; ; k++) {
    const name = k === 1 ? base : `${base} ${k}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
};

const TAB_NAMES = ["Literacy K-5", "It's O1 (old)", "Strategy 1.1 2026", "Sept-Dec copy", "Résumé & notes", "Plan v2", "Objective #2"];

export const EDITS: Edit[] = [
  {
    kind: "rename strategy tab",
    apply(t, rng) {
      const from = pickOr(rng, strategySheets(t));
      if (!from) return undefined;
      const to = unusedName(t, rng.pick(TAB_NAMES));
      t.renameSheet(from, to);
      return `renamed "${from}" to "${to}"`;
    },
  },
  {
    kind: "rename any tab",
    apply(t, rng) {
      const from = rng.pick(t.sheets());
      const to = unusedName(t, rng.pick(["Roll-up", "Old plan", "Jan-March (draft)", "Lists old", "Summary 2025"]));
      t.renameSheet(from, to);
      return `renamed "${from}" to "${to}"`;
    },
  },
  {
    kind: "reorder tabs",
    apply(t, rng) {
      const sheets = t.sheets();
      const name = rng.pick(sheets);
      const to = rng.int(0, sheets.length - 1);
      t.moveSheet(name, to);
      return `moved tab "${name}" to position ${to}`;
    },
  },
  {
    kind: "insert rows inside a table",
    apply(t, rng) {
      const n = pickOr(
        rng,
        aip(t).filter((x) => rows(x).bottom > rows(x).top),
      );
      if (!n) return undefined;
      const r = rows(n);
      const at = rng.int(r.top + 1, r.bottom);
      const count = rng.int(1, 3);
      t.insertRows(n.sheet, at, count);
      return `inserted ${count} row(s) at row ${at} of "${n.sheet}" (inside ${n.name})`;
    },
  },
  {
    kind: "insert rows above",
    apply(t, rng) {
      const n = rng.pick(aip(t));
      const at = rng.int(1, rows(n).top);
      const count = rng.int(1, 5);
      t.insertRows(n.sheet, at, count);
      return `inserted ${count} row(s) at row ${at} of "${n.sheet}" (above ${n.name})`;
    },
  },
  {
    kind: "delete rows inside a table",
    apply(t, rng) {
      const n = pickOr(
        rng,
        aip(t).filter((x) => rows(x).bottom > rows(x).top),
      );
      if (!n) return undefined;
      const r = rows(n);
      const at = rng.int(r.top, r.bottom);
      const count = rng.int(1, Math.min(2, r.bottom - at + 1));
      t.deleteRows(n.sheet, at, count);
      return `deleted ${count} row(s) at row ${at} of "${n.sheet}" (inside ${n.name})`;
    },
  },
  {
    kind: "delete rows above",
    apply(t, rng) {
      const n = rng.pick(aip(t));
      const top = rows(n).top;
      if (top < 2) return undefined;
      const at = rng.int(1, top - 1);
      const count = rng.int(1, Math.min(2, top - at));
      t.deleteRows(n.sheet, at, count);
      return `deleted ${count} row(s) at row ${at} of "${n.sheet}" (above ${n.name})`;
    },
  },
  {
    kind: "move a block",
    apply(t, rng) {
      const one = rng.pick(aip(t));
      // A named range alone, or a band of rows with every name in it (a whole table and its neighbours).
      const band = rng.next() < 0.5 ? [one] : aip(t).filter((x) => x.sheet === one.sheet && rows(x).top >= rows(one).top && rows(x).bottom <= rows(one).bottom + rng.int(0, 8));
      const box = band
        .map(rows)
        .reduce((a, b) => ({ top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom), left: Math.min(a.left, b.left), right: Math.max(a.right, b.right) }));
      const n = {
        ...one,
        name: band.length > 1 ? `${band.length} names from ${one.name}` : one.name,
        range: `${cellAddress(box.top - 1, box.left)}:${cellAddress(box.bottom - 1, box.right)}`,
      };
      const r = box;
      const extent = t.extent(n.sheet);
      const down = rng.next() < 0.5;
      const dr = down ? extent.rows + 2 - (r.top - 1) : 0;
      const dc = down ? 0 : extent.cols + 1 - r.left;
      t.moveRange(n.sheet, n.range, dr, dc);
      return `cut ${n.name} (${n.sheet}!${n.range}) and pasted it ${down ? `${dr} rows down` : `${dc} columns right`}`;
    },
  },
  {
    kind: "delete a strategy sheet",
    apply(t, rng) {
      const sheet = pickOr(rng, strategySheets(t));
      if (!sheet) return undefined;
      t.deleteSheet(sheet);
      return `deleted the sheet "${sheet}"`;
    },
  },
  {
    kind: "delete the Summary or another add-in sheet",
    apply(t, rng) {
      const sheets = t.sheets();
      const candidates = sheets.filter((s) => /^(Summary|QPR |Check Report|Minutes |Lists$|Plan$|Sept-Dec$)/.test(s));
      const sheet = sheets.find((s) => s === "Summary") && rng.next() < 0.5 ? "Summary" : pickOr(rng, candidates);
      if (!sheet || sheets.length < 2) return undefined;
      t.deleteSheet(sheet);
      return `deleted the sheet "${sheet}"`;
    },
  },
  {
    kind: "add an unrelated sheet",
    apply(t, rng) {
      const name = unusedName(t, rng.pick(["Budget", "My notes", "Data 2025", "Sheet1"]));
      t.addSheet(name);
      const size = rng.int(3, 12);
      for (let r = 0; r < size; r++) {
        t.setValue(name, cellAddress(r, 0), `Item ${r + 1}`);
        t.setValue(name, cellAddress(r, 1), rng.int(1, 10_000));
        t.setValue(name, cellAddress(r, 2), rng.pick(["=not a formula", "+1 555 0100", "-", "@home", "  spaced  ", "Developing"]));
      }
      t.setFormula(name, cellAddress(size, 1), `=SUM(B1:B${size})`);
      t.setFormula(name, cellAddress(size, 2), "=AIP.District");
      const plan = t.sheets().find((s) => s !== name);
      if (plan) t.setFormula(name, cellAddress(size + 1, 1), `='${plan.replace(/'/g, "''")}'!B2&" (copied)"`);
      return `added the sheet "${name}" with ${size} rows of data and formulas`;
    },
  },
  {
    kind: "a tab of one's own called like the add-in's",
    apply(t, rng) {
      const taken = new Set(t.sheets().map((s) => s.toLowerCase()));
      // Quarter names are free only once an earlier edit deleted or renamed the add-in's quarter tab.
      const free = ["Summary", "Check Report", "QPR Jan", "QPR Mar", "QPR Jun", "QPR Sep", ...QUARTERS].filter((s) => !taken.has(s.toLowerCase()));
      const name = pickOr(rng, free);
      if (!name) return undefined;
      t.addSheet(name);
      t.setValue(name, "A1", "My own notes, not the add-in's");
      t.setValue(name, "B3", rng.int(1, 999));
      t.setFormula(name, "C3", "=B3*2");
      return `added a sheet of one's own called "${name}"`;
    },
  },
  {
    kind: "merge cells",
    apply(t, rng) {
      const n = rng.pick(aip(t));
      const at = topLeft(n);
      const range = rng.next() < 0.5 ? `${at}:${offset(at, 0, 1)}` : `${at}:${offset(at, 1, rng.int(0, 1))}`;
      t.merge(n.sheet, range);
      return `merged ${n.sheet}!${range} (at ${n.name})`;
    },
  },
  {
    kind: "paste values with trailing spaces and odd case",
    apply(t, rng) {
      const ratings = field(t, (f) => /^(Process|Performance)\./.test(f));
      const leads = field(t, (f) => f === "Lead" || f === "ObjectiveLead" || /^RatedBy\./.test(f));
      const done: string[] = [];
      for (let k = rng.int(1, 4); k > 0; k--) {
        const rating = rng.next() < 0.6;
        const n = pickOr(rng, rating ? ratings : leads);
        if (!n) continue;
        const value = rating
          ? rng.pick(["  developing ", "PROFICIENT", "emerging  ", " Exemplary", "Beginning\t", "Developing (mostly)"])
          : rng.pick(["  maria chen ", "TOM BECK", "Dr. Ana Ruiz ", "priya patel\n", "Team A"]);
        t.setValue(n.sheet, topLeft(n), value);
        done.push(`${n.name}=${JSON.stringify(value)}`);
      }
      // An activity's quarter and status, as typed over the dropdown.
      const table = pickOr(
        rng,
        field(t, (f) => f === "Activities"),
      );
      if (table) {
        const r = rows(table);
        const row = rng.int(r.top, r.bottom);
        const [col, value] =
          rng.next() < 0.5 ? [r.left, rng.pick(["  sept-dec ", "JAN-MARCH", "April - June", "Q3"])] : [r.left + 5, rng.pick([" complete", "IN PROGRESS ", "done"])];
        t.setValue(table.sheet, cellAddress(row - 1, col), value);
        done.push(`${table.name} row ${row}=${JSON.stringify(value)}`);
      }
      return done.length ? `pasted ${done.join(", ")}` : undefined;
    },
  },
  {
    kind: "type dates as text",
    apply(t, rng) {
      const formats = ["10/1/2026", "Oct 1", "2026-10-01", "1st October", " 2026-10-01 ", "13/13/2026", "next Tuesday"];
      const targets: { sheet: string; at: string; label: string }[] = [];
      for (const n of field(t, (f) => f === "Activities")) {
        const r = rows(n);
        const row = rng.int(r.top, r.bottom);
        targets.push({ sheet: n.sheet, at: cellAddress(row - 1, r.left + rng.pick([3, 4])), label: `${n.name} row ${row}` });
      }
      for (const n of aip(t).filter((x) => x.name === "AIP.Date" || /\.RatedOn\./.test(x.name) || /\.(Date|NextDate)$/.test(x.name))) {
        targets.push({ sheet: n.sheet, at: topLeft(n), label: n.name });
      }
      const done: string[] = [];
      for (let k = rng.int(1, 3); k > 0; k--) {
        const c = pickOr(rng, targets);
        if (!c) break;
        const text = rng.pick(formats);
        t.setValue(c.sheet, c.at, text);
        done.push(`${c.label} (${c.sheet}!${c.at})=${JSON.stringify(text)}`);
      }
      return done.length ? `typed ${done.join(", ")}` : undefined;
    },
  },
  {
    kind: "clear a defined name",
    apply(t, rng) {
      const n = rng.pick(aip(t));
      if (rng.next() < 0.5) {
        t.deleteName(n.name);
        return `deleted the name ${n.name}`;
      }
      t.breakName(n.name);
      return `pointed the name ${n.name} at #REF!`;
    },
  },
  {
    kind: "re-point a name in Name Manager",
    apply(t, rng) {
      const n = rng.pick(aip(t));
      const r = parseRange(n.range);
      const choices = [
        { sheet: n.sheet, range: cellAddress(r.start.row, r.start.col) }, // a table cut to its first cell
        { sheet: n.sheet, range: `${cellAddress(r.start.row, r.start.col)}:${cellAddress(r.end.row + 3, r.end.col + 2)}` }, // grown past its table
        { sheet: rng.pick(t.sheets()), range: "A1:B2" }, // another sheet altogether
      ];
      const to = rng.pick(choices);
      t.pointName(n.name, to.sheet, to.range);
      return `pointed ${n.name} (was ${n.sheet}!${n.range}) at ${to.sheet}!${to.range}`;
    },
  },
  {
    kind: "write 32,000-character cells",
    apply(t, rng) {
      const n = rng.pick(aip(t));
      const text = `${rng.pick(["Long evidence ", "=looks like a formula ", "Narrative "])}${"x".repeat(32_000)}`.slice(0, 32_000);
      const at = rng.next() < 0.3 ? offset(topLeft(n), 0, 1) : topLeft(n);
      t.setValue(n.sheet, at, text);
      return `wrote 32,000 characters into ${n.sheet}!${at} (at ${n.name})`;
    },
  },
  {
    kind: "put formulas where text is expected",
    apply(t, rng) {
      const n = pickOr(
        rng,
        field(t, (f) => ["Description", "Lead", "Objective", "Resources", "ShortTermOutcomes"].includes(f) || /^(Process|Performance|RatedBy|RatedOn)/.test(f)),
      );
      if (!n) return undefined;
      const formula = rng.pick(['="Developing"', "=A1", "=1/0", "=AIP.District", '=UPPER("proficient")', "=NOW()", "=#REF!+1"]);
      t.setFormula(n.sheet, topLeft(n), formula);
      return `put ${formula} into ${n.name} (${n.sheet}!${topLeft(n)})`;
    },
  },
];
