/**
 * The portfolio (docs/portfolio.md), as two use-cases over the workbook port: read one district
 * workbook into its portfolio rows, and build (or rebuild in place) the portfolio's own sheets in
 * the portfolio workbook. Reading never writes; building touches only the portfolio's sheets.
 */
import { runChecksOn } from "../checks/engine";
import { locatePlan } from "../checks/locatedPlan";
import { districtRecord, type DistrictRecord, type PortfolioOptions } from "../domain/portfolio/rows";
import { minutesRecords } from "../layout/read/minuteRecords";
import { portfolioBatch, portfolioSheetsRefusal, PORTFOLIO_NAMES, type PortfolioSheetInputs as BuildInputs } from "../layout/build/portfolioSheets";
import { assessmentRecords } from "../layout/read/rubricRecords";
import { WorkbookError, type WorkbookPort } from "../workbook/port";

export type { BuildInputs };

/** One district workbook's rows; throws NoPlanError (a WorkbookError) when it holds no AIP. */
export async function readDistrict(port: WorkbookPort, file: string, options: PortfolioOptions): Promise<DistrictRecord> {
  const snap = await port.snapshot();
  const subject = locatePlan(snap); // reads the plan once for the rows and the checks; NoPlanError when there is none
  const { findings } = runChecksOn(subject, { today: options.today });
  const plan = subject.plan;
  const meetings = minutesRecords(snap);
  const assessments = assessmentRecords(snap).map((a) => a.date);
  return districtRecord({ file, plan, findings, meetings, assessments }, options);
}

export interface BuiltPortfolio {
  /** The tabs of the Districts table and of the chart, as named now (a person may have renamed them). */
  districtsSheet: string;
  chartSheet: string;
}

/** Writes the portfolio's sheets in one apply; a tab of the same name that is not the portfolio's is never taken. */
export async function buildPortfolio(port: WorkbookPort, inputs: BuildInputs): Promise<BuiltPortfolio> {
  const snap = await port.snapshot();
  const refusal = portfolioSheetsRefusal(snap);
  if (refusal) throw new WorkbookError(refusal);
  const batch = portfolioBatch(snap, inputs);
  await port.apply({ ...batch, sheets: batch.sheets.map((s, k) => ({ ...s, activate: k === 0 })) });
  const sheetOf = (name: string) => batch.names.find((n) => n.name === name)?.sheet ?? "";
  return { districtsSheet: sheetOf(PORTFOLIO_NAMES.districts), chartSheet: sheetOf(PORTFOLIO_NAMES.chart) };
}
