/**
 * The year's report on the Ratings page: "Build Summative report" builds or updates the plan's
 * "Summative YYYY-YY" sheet (one read and one write), and "Summative as Word document" does the
 * same, then saves the report as a .docx in the sheet's layout, as the other Word buttons do
 * (wordExport.ts: a download, or on Excel for Mac the person's browser). The docx library loads
 * only when that button is pressed, so the pane's first load stays lean.
 */
import { Button, Text } from "@fluentui/react-components";
import { summative, type SummativeResult } from "../../../commands/summative";
import { summativeWord } from "../../../export/summativeWord";
import { summativeDocxFileName } from "../../../export/wordFileNames";
import type { WorkbookPort } from "../../../workbook/port";
import type { ActionState, Outcome } from "../../hooks/useAction";
import { saveAsWord } from "../../wordExport";

interface Props {
  port: WorkbookPort;
  action: ActionState;
  disabled: boolean;
}

function built(r: SummativeResult): string {
  const left = r.problems.length > 0 ? ` ${r.problems.map((p) => p.message).join(" ")}` : "";
  return `"${r.sheet}" lists ${r.initiatives} initiative${r.initiatives === 1 ? "" : "s"} with the year's ratings; type the narratives, results and review round there.${left}`;
}

export function SummativeButtons({ port, action, disabled }: Props) {
  const goTo = (sheet: string) => ({ label: "Go to the Summative report", run: () => port.select(sheet, "A1") });

  const build = () =>
    action.run(
      "Building the Summative report…",
      async (): Promise<Outcome> => {
        const r = await summative(port);
        return { intent: r.problems.length > 0 ? "warning" : "success", title: "Summative report built", message: built(r), action: goTo(r.sheet) };
      },
      "The Summative report was not built",
    );

  const word = () =>
    action.run(
      "Writing the Summative report as a Word document…",
      async (): Promise<Outcome> => {
        const r = await summative(port);
        const name = summativeDocxFileName(r.model);
        const saved = await saveAsWord({ kind: "summative", model: summativeWord(r.model) }, name, `the report as "${r.sheet}" shows it now`, r.problems);
        return { ...saved, action: goTo(r.sheet) };
      },
      "The Word document was not made",
    );

  return (
    <>
      <Text>Once a year: the Summative report gathers the year's ratings, activities, outcomes and Highlight Discussions.</Text>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button disabled={disabled} onClick={() => void build()}>
          Build Summative report
        </Button>
        <Button disabled={disabled} onClick={() => void word()}>
          Summative as Word document
        </Button>
      </div>
    </>
  );
}
