/**
 * "QPR as Word": the period's QPR in the state's format (one read, no writes; the docx library
 * loads on the click). The review round comes from the same read: the status and the district's
 * corrections recorded on the QPR view (a draft says DRAFT FOR FACTUAL REVIEW on every page, the
 * corrections show beside the evidence).
 */
import { Button } from "@fluentui/react-components";
import { qprReport } from "../../../commands/qprReport";
import type { QprPeriod } from "../../../domain/plan";
import { pageMark } from "../../../export/review";
import { qprDocxFileName } from "../../../export/wordFileNames";
import type { PanelProps } from "../../pages";
import { saveAsWord } from "../../wordExport";

interface Props extends Pick<PanelProps, "port" | "action"> {
  period: QprPeriod;
  disabled?: boolean;
}

export function QprToWord({ port, action, period, disabled }: Props) {
  const save = () =>
    action.run(
      "Writing the Word document…",
      async () => {
        const { report, review, problems } = await qprReport(port, { period });
        const mark = pageMark(review);
        const draft = mark ? `, marked ${mark}` : "";
        return saveAsWord({ kind: "qpr", model: report, review }, qprDocxFileName(report, review), `the QPR for ${report.publication} in the state's format${draft}`, problems);
      },
      "The Word document was not made",
    );
  return (
    <Button disabled={action.busy || disabled} onClick={() => void save()}>
      QPR as Word (.docx)
    </Button>
  );
}
