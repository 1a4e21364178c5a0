/**
 * The Lists sheet: the dropdowns' sources (AIP.List.*). The scales, quarters and statuses are the
 * add-in's; the roster is the district's (people add names to its blank rows).
 */
import { ACTIVITY_STATUSES, QUARTERS } from "../../domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE, type Scale } from "../../domain/scales";
import { blockRange, cellAddress } from "../../util/a1";
import { LIST_NAMES } from "../names";
import type { Block, NameSpec, SheetSpec, StyledRange } from "../../workbook/spec";
import { HEADER, INPUT, NOTE, OWNED, rowHeightFor, TITLE } from "../styles";
import { sheetPrint } from "../printing";

/** Blank roster rows offered for names added later. */
const ROSTER_SPARE_ROWS = 20;
const DEFINITION_WIDTH = 100;

export function listsSheetSpec(roster: readonly string[], position?: number, district?: string): { sheet: SheetSpec; names: NameSpec[] } {
  const sheet = "Lists";
  const blocks: Block[] = [
    { at: "A1", cells: [["Lists used by the dropdowns"]] },
    { at: "A2", cells: [["The scales, quarters and statuses are the state's and the template's; add people to the roster's blank rows."]] },
  ];
  const styles: StyledRange[] = [
    { range: "A1", style: TITLE },
    { range: "A2", style: NOTE },
  ];
  const names: NameSpec[] = [];
  const rows: { index: number; height: number }[] = [];
  let r = 3;

  const section = (title: string, second: string | undefined, values: (string | null)[][], listName: string, owned: boolean) => {
    blocks.push({ at: cellAddress(r, 0), cells: [second === undefined ? [title] : [title, second]] });
    styles.push({ range: blockRange(cellAddress(r, 0), 1, second === undefined ? 1 : 2), style: HEADER });
    r++;
    blocks.push({ at: cellAddress(r, 0), cells: values });
    styles.push({ range: blockRange(cellAddress(r, 0), values.length, values[0].length), style: owned ? OWNED : INPUT });
    names.push({ name: listName, sheet, range: blockRange(cellAddress(r, 0), values.length, 1) });
    r += values.length + 1;
  };

  const scale = (s: Scale, listName: string) => {
    const top = r + 1;
    section(
      `${s.title} (low to high)`,
      `Definition: ${s.describes}`,
      s.levels.map((l) => [l.name, l.definition]),
      listName,
      true,
    );
    s.levels.forEach((l, k) => rows.push({ index: top + k, height: rowHeightFor(l.definition, DEFINITION_WIDTH) }));
  };
  scale(PROCESS_SCALE, LIST_NAMES.process);
  scale(PERFORMANCE_SCALE, LIST_NAMES.performance);
  section(
    "Quarters",
    undefined,
    QUARTERS.map((q) => [q]),
    LIST_NAMES.quarters,
    true,
  );
  section(
    "Statuses",
    undefined,
    ACTIVITY_STATUSES.map((s) => [s]),
    LIST_NAMES.statuses,
    true,
  );
  const rosterRows: (string | null)[][] = [...roster.map((p) => [p]), ...Array.from({ length: ROSTER_SPARE_ROWS }, () => [null])];
  section("Roster (people who may lead)", undefined, rosterRows, LIST_NAMES.roster, false);

  return {
    sheet: {
      name: sheet,
      create: true,
      position,
      tabColor: "#7F7F7F",
      blocks,
      styles,
      rows,
      columns: [
        { index: 0, width: 44 },
        { index: 1, width: DEFINITION_WIDTH },
      ],
      freeze: { rows: 2, columns: 0 },
      print: sheetPrint({ orientation: "landscape", district, title: "Lists used by the dropdowns" }),
    },
    names,
  };
}
