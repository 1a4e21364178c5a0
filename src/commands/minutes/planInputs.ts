/** The plan as the minutes need it, from the checker's located plan (checks/subject.ts). */
import type { LocatedPlan } from "../../checks/locatedPlan";
import { serialToIso } from "../../domain/calendar";
import type { AgendaInitiative, DateField } from "../../domain/minutes/agenda";
import type { CellValue } from "../../workbook/port";
import { asText, isBlank, parseTextDate } from "../../layout/read/readCells";

/** Excel's largest date serial (31 Dec 9999). */
const MAX_SERIAL = 2_958_465;

export function dateField(v: CellValue | undefined): DateField {
  if (v === undefined || isBlank(v)) return { text: "" };
  if (typeof v === "number") return v >= 1 && v <= MAX_SERIAL ? { iso: serialToIso(v), text: serialToIso(v) } : { text: String(v) };
  const text = asText(v);
  const iso = parseTextDate(text);
  return iso ? { iso, text } : { text };
}

const text = (v: CellValue | undefined) => (v === undefined ? "" : asText(v).trim());

export function agendaInitiatives(subject: LocatedPlan): AgendaInitiative[] {
  return subject.initiatives
    .filter((li) => li.sheet !== "")
    .map((li) => ({
      number: `${li.ref.o}.${li.ref.i}`,
      description: text(li.description?.value),
      lead: text(li.lead?.value),
      activities: li.activities.map((a) => ({
        text: text(a.text.value),
        lead: text(a.lead.value),
        start: dateField(a.start.value),
        complete: dateField(a.complete.value),
        status: text(a.status.value),
      })),
      shortTermOutcomes: li.shortTermOutcomes.map((c) => text(c.value)).filter((s) => s !== ""),
      earlyEvidence: li.earlyEvidence.map((c) => text(c.value)).filter((s) => s !== ""),
    }));
}
