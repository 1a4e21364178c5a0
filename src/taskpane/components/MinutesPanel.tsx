/**
 * "Minutes": pick the Highlight Discussion's date, see its deadlines, what must be discussed and
 * what the plan puts on the agenda, then create the "Minutes YYYY-MM-DD" sheet, go to it, and
 * export it to Word (the docx library is loaded only then, src/taskpane/wordDocuments.ts, so the pane's main bundle stays lean).
 */
import { Button, Card, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { exportMinutes } from "../../commands/exportMinutes";
import { newMinutes, previewMinutes, type MinutesPreview } from "../../commands/newMinutes";
import { isIsoDate, localToday } from "../../domain/calendar";
import { monthLabel } from "../../domain/minutes/months";
import { minutesDocxFileName } from "../../export/minutesFileName";
import type { WorkbookSnapshot } from "../../workbook/port";
import { errorMessage } from "../errorMessage";
import type { Outcome } from "../hooks/useAction";
import { useSnapshot } from "../hooks/useSnapshot";
import { ReadStatus } from "./ReadStatus";
import { planPresence } from "../planPresence";
import { NoPlan } from "./common/NoPlan";
import { Note } from "./common/Note";
import type { PanelProps } from "../pages";
import { CoverageSummary } from "./minutes/CoverageSummary";
import { DeadlineList } from "./minutes/DeadlineList";
import { saveAsWord } from "../wordExport";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function preview(snap: WorkbookSnapshot, date: string): { preview?: MinutesPreview; error?: string } {
  try {
    return { preview: previewMinutes(snap, { date }) };
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

export function MinutesPanel({ port, action, goTo }: PanelProps) {
  const styles = useStyles();
  const [date, setDate] = useState(localToday);
  const { snap, loadError, readAgain: reread } = useSnapshot(port);
  const [made, setMade] = useState<{ date: string; seq: number; sheet: string }>();

  // After a create the snapshot lacks the new sheet: it is read again when the person picks another date.
  const [stale, setStale] = useState(false);
  const pickDate = (value: string) => {
    setDate(value);
    if (!stale) return;
    setStale(false);
    reread({ keepShown: true });
  };

  const validDate = isIsoDate(date);
  const shown = useMemo(() => (snap && validDate ? preview(snap, date) : {}), [snap, date, validDate]);
  const p = shown.preview;

  const create = (suffixIfExists: boolean) =>
    action.run(
      "Creating the minutes…",
      async (): Promise<Outcome> => {
        const r = await newMinutes(port, { date, suffixIfExists });
        // No re-read here (it would cost a round trip): the pane remembers what it made.
        setMade({ date: r.date, seq: r.seq, sheet: r.sheet });
        setStale(true);
        const must = r.mustDiscuss.length > 0 ? ` Must be discussed: ${r.mustDiscuss.join(", ")}.` : "";
        return {
          intent: "success",
          title: "Minutes created",
          message: `"${r.sheet}" is ready to fill in during the meeting.${must}`,
          action: { label: "Go to the minutes", run: () => port.select(r.sheet, "A1") },
        };
      },
      "The minutes were not created",
    );

  const exportDocx = (target: { date: string; seq?: number }) =>
    action.run(
      "Writing the Word document…",
      async (): Promise<Outcome> => {
        const model = await exportMinutes(port, target);
        return saveAsWord({ kind: "minutes", model }, minutesDocxFileName(model), `the minutes as they are on "${model.sheet}" now, in the Appendix F layout`, model.problems);
      },
      "The Word document was not made",
    );

  const existing = made && made.date === date ? made.sheet : p?.existing;
  const target = made && made.date === date ? made : existing ? { date } : undefined;
  const agendaCount = p ? p.agenda.items.length : 0;
  const presence = snap ? planPresence(snap) : undefined;
  if (presence && presence !== "plan") return <NoPlan presence={presence} goTo={goTo} page="Minutes" />;

  return (
    <section className={styles.panel} aria-label="Minutes">
      <Text>Highlight Discussion Minutes for one meeting: Appendix F, pre-filled from the plan, with the deadlines and what must be discussed.</Text>
      <Field label="Meeting date" validationState={validDate ? "none" : "error"} validationMessage={validDate ? undefined : "Choose the meeting's date."}>
        <Input type="date" value={date} disabled={action.busy} onChange={(_, d) => pickDate(d.value)} />
      </Field>
      <ReadStatus read={{ snap, loadError }} />
      {snap && (
        <Button
          size="small"
          appearance="subtle"
          disabled={action.busy}
          onClick={() => {
            setMade(undefined);
            reread();
          }}
        >
          Read the workbook again (after marking what was discussed)
        </Button>
      )}
      {shown.error && <Note>{shown.error}</Note>}
      {p && (
        <Card className={styles.card} aria-label="At a glance">
          {existing && <Note intent="info">Minutes for this date exist: &quot;{existing}&quot;. They are never overwritten.</Note>}
          <Text weight="semibold">Deadlines</Text>
          <DeadlineList deadlines={p.deadlines} />
          <Text weight="semibold">Coverage</Text>
          <CoverageSummary coverage={p.coverage} initiatives={p.initiatives} />
          <Text weight="semibold">From the plan</Text>
          <Text>
            {agendaCount > 0
              ? `${agendaCount} activit${agendaCount === 1 ? "y or benchmark" : "ies and benchmarks"} on the agenda for ${monthLabel(p.agenda.month)}`
              : `No activities start, fall due or are overdue in ${monthLabel(p.agenda.month)}`}
            {p.agenda.datesToConfirm.length > 0 ? `; ${p.agenda.datesToConfirm.length} with dates to confirm.` : "."}{" "}
            {p.theme ? `Suggested theme: ${p.theme.heading.replace(/:$/, "")}.` : "No suggested theme in July."}
          </Text>
          {p.notes.length > 0 && (
            <ul className={styles.notes} aria-label="Notes">
              {p.notes.map((n) => (
                <li key={n}>
                  <Text>{n}</Text>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
      <div className={styles.buttons}>
        {existing ? (
          <>
            <Button appearance="primary" disabled={action.busy} onClick={() => void action.run("Opening the sheet…", async () => (await port.select(existing, "A1"), undefined))}>
              Go to the minutes
            </Button>
            <Button disabled={action.busy} onClick={() => void create(true)}>
              Add a second sheet
            </Button>
          </>
        ) : (
          <Button appearance="primary" disabled={action.busy || !p} onClick={() => void create(false)}>
            Create minutes
          </Button>
        )}
        {target && (
          <Button disabled={action.busy} onClick={() => void exportDocx(target)}>
            Export to Word (.docx)
          </Button>
        )}
      </div>
    </section>
  );
}
