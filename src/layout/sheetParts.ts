/**
 * The parts of one sheet spec as a builder collects them top to bottom, and the moves every
 * builder makes: name a range, and write a text merged across the sheet's width on its own row.
 */
import { cellAddress } from "../util/a1";
import type { Block, DateValidation, ListValidation, NameSpec, RowSpec, Style, StyledRange } from "../workbook/spec";
import { rowHeightFor } from "./styles";

/** "A3:H3": columns `from` to `to` of one 0-based row. */
export function span(row: number, from: number, to: number): string {
  return `${cellAddress(row, from)}:${cellAddress(row, to)}`;
}

/** How wide a sheet's merged text rows are: their last column (0-based) and width in characters. */
export interface TextWidth {
  lastCol: number;
  chars: number;
}

export class SheetParts {
  readonly blocks: Block[] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: string[] = [];
  readonly rows: RowSpec[] = [];
  readonly validations: ListValidation[] = [];
  readonly dateValidations: DateValidation[] = [];
  readonly names: NameSpec[] = [];

  constructor(
    readonly sheet: string,
    private readonly width: TextWidth,
  ) {}

  /** A defined name for `range` on this sheet. */
  readonly name = (name: string, range: string): void => {
    this.names.push({ name, sheet: this.sheet, range });
  };

  /** One text merged across the sheet's width on `row`, styled, its height fitted to the text. */
  readonly wide = (row: number, text: string, style: Style, minLines = 1): void => {
    const across = span(row, 0, this.width.lastCol);
    this.blocks.push({ at: cellAddress(row, 0), cells: [[text]] });
    this.styles.push({ range: across, style });
    this.merges.push(across);
    this.rows.push({ index: row, height: rowHeightFor(text, this.width.chars, minLines) });
  };
}
