/**
 * Fewer, larger writes for the same cells. Every queued Office.js call costs ~100–150 bytes of
 * request plus its object path (and a Range costs three more actions inside Excel.run), so a
 * per-row style, merge or row height multiplies the request; Excel on the web refuses one over
 * 5 MB (docs/excel-limits.md). Each function here returns writes that leave every cell exactly as
 * the spec's list, applied in order, would.
 */
import type { Block, Cell, RowSpec, Style } from "../spec";
import { cellAddress, parseCell, parseRange } from "../../util/a1";

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const address = (r: Rect) => (r.top === r.bottom && r.left === r.right ? cellAddress(r.top, r.left) : `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`);

function rect(range: string): Rect {
  const r = parseRange(range);
  return { top: r.start.row, left: r.start.col, bottom: r.end.row, right: r.end.col };
}

const area = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** Covers a set of cells ("row,col") with rectangles: runs per row, stacked while rows repeat the same run. */
function cover(cells: Iterable<[number, number]>): Rect[] {
  const rows = new Map<number, number[]>();
  for (const [row, col] of cells) rows.set(row, [...(rows.get(row) ?? []), col]);
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const cols = rows.get(row)!.sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && c === last[1] + 1) last[1] = c;
      else if (!last || c > last[1]) runs.push([c, c]);
    }
    const next = new Map<string, Rect>();
    for (const [left, right] of runs) {
      const key = `${left}:${right}`;
      const r = open.get(key);
      if (r && r.bottom === row - 1) {
        r.bottom = row;
        next.set(key, r);
        open.delete(key);
      } else next.set(key, { top: row, left, bottom: row, right });
    }
    done.push(...open.values());
    open.clear();
    for (const [k, r] of next) open.set(k, r);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Cells a style list may touch before coalescing stops paying (a whole-column style stays as given). */
const MAX_STYLED_CELLS = 200_000;

type StyleKey = keyof Style;

/**
 * The styles as (range, properties) writes: each property's final value per cell (later entries
 * win, as when applied in order), grouped into rectangles of cells that share it.
 */
export function styleWrites(styles: ReadonlyArray<{ range: string; style: Style }>): Array<{ range: string; style: Style }> {
  if (styles.reduce((n, s) => n + area(rect(s.range)), 0) > MAX_STYLED_CELLS) return [...styles];
  const finalValue = new Map<StyleKey, Map<string, unknown>>();
  for (const { range, style } of styles) {
    const r = rect(range);
    for (const key of Object.keys(style) as StyleKey[]) {
      if (style[key] === undefined) continue;
      const cells = finalValue.get(key) ?? new Map<string, unknown>();
      finalValue.set(key, cells);
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) cells.set(`${row},${col}`, style[key]);
    }
  }
  const byRange = new Map<string, Style>();
  for (const [key, cells] of finalValue) {
    const byValue = new Map<unknown, Array<[number, number]>>();
    for (const [cell, value] of cells) {
      const [row, col] = cell.split(",").map(Number);
      byValue.set(value, [...(byValue.get(value) ?? []), [row, col]]);
    }
    for (const [value, list] of byValue) {
      for (const r of cover(list)) {
        const a = address(r);
        byRange.set(a, { ...byRange.get(a), [key]: value });
      }
    }
  }
  return [...byRange].map(([range, style]) => ({ range, style }));
}

/** Merges of the same columns on consecutive rows become one "merge across" each. */
export function mergeWrites(merges: readonly string[]): Array<{ range: string; across: boolean }> {
  const rects = merges.map(rect).filter((r) => area(r) > 1);
  const singleRows = rects.filter((r) => r.top === r.bottom);
  const out: Array<{ range: string; across: boolean }> = rects.filter((r) => r.top !== r.bottom).map((r) => ({ range: address(r), across: false }));
  const spans = new Map<string, Rect[]>();
  for (const r of singleRows) spans.set(`${r.left}:${r.right}`, [...(spans.get(`${r.left}:${r.right}`) ?? []), r]);
  for (const list of spans.values()) {
    list.sort((a, b) => a.top - b.top);
    let run = { ...list[0] };
    for (const r of list.slice(1)) {
      if (r.top === run.bottom + 1) run.bottom = r.top;
      else {
        out.push({ range: address(run), across: run.bottom > run.top });
        run = { ...r };
      }
    }
    out.push({ range: address(run), across: run.bottom > run.top });
  }
  return out;
}

/** Consecutive rows (or columns) of one size become one range. */
export function runsOf<T extends { index: number }>(items: readonly T[], size: (item: T) => number): Array<{ first: number; last: number; size: number }> {
  const out: Array<{ first: number; last: number; size: number }> = [];
  for (const item of [...items].sort((a, b) => a.index - b.index)) {
    const last = out[out.length - 1];
    if (last && item.index === last.last + 1 && size(item) === last.size) last.last = item.index;
    else out.push({ first: item.index, last: item.index, size: size(item) });
  }
  return out;
}

export const rowRuns = (rows: readonly RowSpec[]) => runsOf(rows, (r) => r.height);

/**
 * Blocks stacked one under another become one 2-D write over their bounding box; cells between
 * them are null, which Office.js leaves unchanged. Only when the padding is smaller than the blocks.
 */
export function blockGroups(blocks: readonly Block[]): Array<{ at: string; cells: Array<Array<Cell | undefined>> }> {
  const placed = blocks
    .filter((b) => b.cells.length > 0 && (b.cells[0]?.length ?? 0) > 0)
    .map((b) => {
      const s = parseCell(b.at);
      return { block: b, r: { top: s.row, left: s.col, bottom: s.row + b.cells.length - 1, right: s.col + b.cells[0].length - 1 } };
    });
  const groups: Array<{ r: Rect; members: typeof placed; used: number }> = [];
  for (const p of placed) {
    const g = groups[groups.length - 1];
    const box = g && { top: g.r.top, left: Math.min(g.r.left, p.r.left), bottom: Math.max(g.r.bottom, p.r.bottom), right: Math.max(g.r.right, p.r.right) };
    const fits = g && p.r.top === g.r.bottom + 1 && area(box!) <= 2 * (g.used + area(p.r));
    if (fits) {
      g.r = box!;
      g.members.push(p);
      g.used += area(p.r);
    } else groups.push({ r: { ...p.r }, members: [p], used: area(p.r) });
  }
  return groups.map(({ r, members }) => {
    const cells: Array<Array<Cell | undefined>> = Array.from({ length: r.bottom - r.top + 1 }, () => Array.from({ length: r.right - r.left + 1 }, () => undefined));
    for (const { block, r: b } of members) block.cells.forEach((row, i) => row.forEach((c, j) => (cells[b.top - r.top + i][b.left - r.left + j] = c)));
    return { at: cellAddress(r.top, r.left), cells };
  });
}
