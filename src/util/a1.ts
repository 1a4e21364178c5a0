/** A1-style addresses: column letters, cell and range parsing. Shared by layout and both adapters. */

export interface CellRef {
  /** 0-based */
  row: number;
  /** 0-based */
  col: number;
}

export interface RangeRef {
  start: CellRef;
  end: CellRef;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (row 0, col 0) → "A1". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "B4" → {row: 3, col: 1}; accepts "$B$4". */
export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not a cell address: "${address}"`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "B4:F9" or "B4" → a normalised rectangle (start is top-left). */
export function parseRange(address: string): RangeRef {
  const [a, b] = address.split(":");
  const s = parseCell(a);
  const e = b === undefined ? s : parseCell(b);
  return {
    start: { row: Math.min(s.row, e.row), col: Math.min(s.col, e.col) },
    end: { row: Math.max(s.row, e.row), col: Math.max(s.col, e.col) },
  };
}

/** Rectangle → "B4:F9" ("B4" for a single cell). */
export function rangeAddress(r: RangeRef): string {
  const a = cellAddress(r.start.row, r.start.col);
  const b = cellAddress(r.end.row, r.end.col);
  return a === b ? a : `${a}:${b}`;
}

/** The range of `rows` × `cols` cells whose top-left is `at`. */
export function blockRange(at: string, rows: number, cols: number): string {
  const s = parseCell(at);
  return rangeAddress({ start: s, end: { row: s.row + rows - 1, col: s.col + cols - 1 } });
}

/** A sheet name as it must appear in a formula: always quoted, apostrophes doubled. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "'My sheet'!$B$4" — an absolute reference usable in formulas and defined names. */
export function absoluteRef(sheet: string, range: string): string {
  const r = parseRange(range);
  const abs = (c: CellRef) => `$${columnLetter(c.col)}$${c.row + 1}`;
  const body = r.start.row === r.end.row && r.start.col === r.end.col ? abs(r.start) : `${abs(r.start)}:${abs(r.end)}`;
  return `${quoteSheet(sheet)}!${body}`;
}

/**
 * Splits "'It''s'!$A$1:$B$2" (or "Sheet1!A1") into sheet and range; undefined for anything else
 * (#REF!, constants, several areas).
 */
export function splitRef(ref: string): { sheet: string; range: string } | undefined {
  const text = ref.startsWith("=") ? ref.slice(1) : ref;
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(text.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, range: m[3].replace(/\$/g, "").toUpperCase() };
}
