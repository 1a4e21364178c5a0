/**
 * "QPR as Word": the period's QPR in the state's format (one read, no writes; the docx library
 * loads on the click). `review` is the round the report is in: a draft says DRAFT FOR FACTUAL
 * REVIEW on every page, and the district's corrections show beside the evidence.
 */
import { Button } from "@fluentui/react-components";
import { qprReport } from "../../../commands/qprReport";
import type { QprPeriod } from "../../../domain/plan";
import { PUBLISHED, type QprReview } from "../../../export/qprModel";
import { pageMark } from "../../../export/review";
import { qprDocxFileName } from "../../../export/wordFileNames";
import type { PanelProps } from "../../pages";
import { saveAsWord } from "../../wordExport";

interface Props extends Pick<PanelProps, "port" | "action"> {
  period: QprPeriod;
  review?: QprReview;
  disabled?: boolean;
}

export function QprToWord({ port, action, period, review = PUBLISHED, disabled }: Props) {
  const save = () =>
    action.run(
      "Writing the Word document…",
      async () => {
        const { report, problems } = await qprReport(port, { period });
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
