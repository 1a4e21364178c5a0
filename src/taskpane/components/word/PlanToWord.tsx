/** "Plan as Word": the plan in the state's Appendix C layout, for submission (one read, no writes; the docx library loads on the click). */
import { Button, Text } from "@fluentui/react-components";
import { exportPlan } from "../../../commands/exportPlan";
import { planDocxFileName } from "../../../export/wordFileNames";
import type { PanelProps } from "../../pages";
import { saveAsWord } from "../../wordExport";

export function PlanToWord({ port, action }: Pick<PanelProps, "port" | "action">) {
  const save = () =>
    action.run(
      "Writing the Word document…",
      async () => {
        const { plan, problems } = await exportPlan(port);
        return saveAsWord(
          { kind: "plan", model: plan },
          planDocxFileName(plan),
          "the plan in the state's Appendix C layout, Section 1 and one strategy sheet per initiative",
          problems,
        );
      },
      "The Word document was not made",
    );
  return (
    <>
      <Text>For submission to the state: the plan as a Word document in the template&apos;s layout, as the workbook holds it now.</Text>
      <Button disabled={action.busy} onClick={() => void save()}>
        Plan as Word (.docx)
      </Button>
    </>
  );
}
