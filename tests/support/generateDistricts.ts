/**
 * A folder of district workbooks for the portfolio's tests and benchmark: generated plans
 * (generatePlan.ts) built by the newPlan command, each with its own district name and a spread of
 * ratings so the portfolio has something to count.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { newPlan } from "../../src/commands/newPlan";
import type { Plan } from "../../src/domain/plan";
import { PERFORMANCE_SCALE, PROCESS_SCALE } from "../../src/domain/scales";
import { saveXlsxFile } from "../../src/workbook/xlsx/files";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { generatePlan } from "./generatePlan";

/** District k's plan: its name, and Mar ratings that vary by district and initiative. */
export function districtPlan(k: number, objectives: number, initiatives: number): Plan {
  const plan = generatePlan(objectives, initiatives);
  plan.district = `District ${String(k + 1).padStart(3, "0")}`;
  plan.objectives.forEach((o, oi) =>
    o.initiatives.forEach((init, ii) => {
      const level = (k + oi + ii) % 4;
      init.ratings.Mar = { process: PROCESS_SCALE.levels[level].name, processEvidence: "Coaching logs", performance: PERFORMANCE_SCALE.levels[(level + 1) % 4].name };
    }),
  );
  return plan;
}

/** Writes `count` district workbooks into `dir` (nested two to a sub-folder, as a synced library is), returns their paths. */
export async function writeDistricts(dir: string, count: number, objectives = 2, initiatives = 2): Promise<string[]> {
  const files: string[] = [];
  for (let k = 0; k < count; k++) {
    const wb = XlsxWorkbook.create();
    await newPlan(wb, districtPlan(k, objectives, initiatives));
    const file = path.join(dir, `region-${Math.floor(k / 2) + 1}`, `district-${String(k + 1).padStart(3, "0")}.xlsx`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await saveXlsxFile(wb, file);
    files.push(file);
  }
  return files;
}
