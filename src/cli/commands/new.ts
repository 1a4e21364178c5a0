/** aip new PLAN.json -o OUT.xlsx: plan JSON → a complete AIP workbook file. */
import * as path from "path";
import { newPlan } from "../../commands/newPlan";
import { schoolYearLabel } from "../../domain/calendar";
import { parsePlanJson } from "../../domain/validate";
import { section1Words } from "../../domain/words";
import { XlsxWorkbook } from "../../workbook/xlsx/XlsxWorkbook";
import { OUTPUT_OPTIONS, parseCommandArgs } from "../args";
import { aboutFile } from "../errors";
import { EXIT } from "../exitCodes";
import { checkCanWrite, fileArg, readTextFile, requireXlsxName } from "../files";
import type { CliIo } from "../io";
import { saveWorkbook } from "../workbookFile";

const WORD_LIMIT = 1000;

export async function runNew(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("new", argv, OUTPUT_OPTIONS, [
    { name: "PLAN.json", what: "the plan file to build the workbook from, e.g. aip new examples/sample-plan.json -o plan.xlsx" },
  ]);
  const planFile = fileArg(args.positionals[0], io.cwd);
  const out = fileArg(args.strings.output ?? defaultOutput(args.positionals[0]), io.cwd);
  requireXlsxName(out);
  await checkCanWrite(out, args.flags.force);

  const text = await readTextFile(planFile, "plan");
  const plan = await aboutFile(planFile.shown, () => parsePlanJson(text));
  const wb = XlsxWorkbook.create();
  const made = await newPlan(wb, plan);
  await saveWorkbook(wb, out);

  const initiatives = plan.objectives.flatMap((o) => o.initiatives);
  const activities = initiatives.reduce((n, i) => n + i.activities.length, 0);
  const words = section1Words(plan);
  io.stdout.write(
    [
      `Made ${out.shown} for ${plan.district || "(no district name)"}, ${schoolYearLabel(plan.schoolYear)}:`,
      `  ${made.sheets.length} sheets: ${made.sheets.join(", ")}`,
      `  ${plan.objectives.length} objectives, ${made.initiatives} initiatives, ${activities} activities`,
      `  ${made.names} defined names (AIP.…) anchoring the cells the add-in reads and writes`,
      `  Section 1: ${words.toLocaleString("en-US")} words${words > WORD_LIMIT ? ` (over the ${WORD_LIMIT.toLocaleString("en-US")}-word limit)` : ` of ${WORD_LIMIT.toLocaleString("en-US")}`}`,
      "",
    ].join("\n"),
  );
  return EXIT.ok;
}

/** plan.json → plan.xlsx next to it. */
function defaultOutput(planArg: string): string {
  const ext = path.extname(planArg);
  return `${ext ? planArg.slice(0, -ext.length) : planArg}.xlsx`;
}
