/**
 * What the plan puts on this month's Highlight Discussion (docs/guidance/SPEC.md §5.1's three evidence
 * questions): activities starting, due or overdue this month, and short-term outcomes and
 * early-evidence benchmarks dated this month or the last. Activities whose dates are missing or
 * typed as text are listed under "dates to confirm", never dropped.
 */
import { isOverdue } from "../activities";
import type { IsoDate } from "../plan";
import { benchmarkMonths } from "./dateFinder";
import { monthBounds, monthKey, monthLabel, previousMonthKey } from "./months";
import { usDate } from "../calendar";

/** A date cell as read: `iso` when it holds a real date, `text` as shown ("" when blank). */
export interface DateField {
  iso?: IsoDate;
  text: string;
}

export interface AgendaActivity {
  text: string;
  lead: string;
  start: DateField;
  complete: DateField;
  status: string;
}

export interface AgendaInitiative {
  /** "1.2" */
  number: string;
  description: string;
  lead: string;
  activities: AgendaActivity[];
  shortTermOutcomes: string[];
  earlyEvidence: string[];
}

export type AgendaKind = "activity" | "short_term_outcome" | "early_evidence";

export interface AgendaItem {
  initiative: string;
  kind: AgendaKind;
  text: string;
  /** Why it is on this month's agenda: "Starts 10/5/2026", "Overdue since 9/30/2026 (In progress)", … */
  why: string;
  who: string;
}

export interface MonthAgenda {
  /** "2026-10" */
  month: string;
  items: AgendaItem[];
  datesToConfirm: AgendaItem[];
}

const KIND_LABEL: Record<Exclude<AgendaKind, "activity">, string> = {
  short_term_outcome: "Short-Term Outcome",
  early_evidence: "Early Evidence of Change",
};

function activityWhy(a: AgendaActivity, month: { start: IsoDate; end: IsoDate }): string | undefined {
  const inMonth = (d?: IsoDate) => d !== undefined && d >= month.start && d <= month.end;
  const parts: string[] = [];
  if (inMonth(a.start.iso)) parts.push(`Starts ${usDate(a.start.iso!)}`);
  if (inMonth(a.complete.iso)) parts.push(`Due ${usDate(a.complete.iso!)}`);
  else if (isOverdue(a.complete.iso, a.status.trim(), month.start)) {
    parts.push(`Overdue: due ${usDate(a.complete.iso!)}`);
  }
  if (parts.length === 0) return undefined;
  const status = a.status.trim();
  return `${parts.join("; ")}${status ? ` (${status})` : ""}`;
}

function dateProblem(label: string, d: DateField): string | undefined {
  if (d.iso !== undefined) return undefined;
  return d.text.trim() === "" ? `no ${label} date` : `${label} date is text: “${d.text.trim()}”`;
}

export function monthAgenda(initiatives: AgendaInitiative[], meeting: IsoDate, schoolYear: number): MonthAgenda {
  const month = monthKey(meeting);
  const last = previousMonthKey(month);
  const bounds = monthBounds(month);
  const items: AgendaItem[] = [];
  const datesToConfirm: AgendaItem[] = [];
  for (const ini of initiatives) {
    for (const a of ini.activities) {
      const why = activityWhy(a, bounds);
      if (why) items.push({ initiative: ini.number, kind: "activity", text: a.text, why, who: a.lead });
      const problems = [dateProblem("start", a.start), dateProblem("completion", a.complete)].filter((p): p is string => p !== undefined);
      if (problems.length > 0) {
        const text = problems.join("; ");
        datesToConfirm.push({ initiative: ini.number, kind: "activity", text: a.text, why: text.charAt(0).toUpperCase() + text.slice(1), who: a.lead });
      }
    }
    const benchmarks = (kind: Exclude<AgendaKind, "activity">, texts: string[]) => {
      for (const text of texts) {
        const months = benchmarkMonths(text, schoolYear);
        const hit = months.includes(month) ? month : months.includes(last) ? last : undefined;
        if (!hit) continue;
        const when = hit === month ? "this month" : "last month";
        items.push({ initiative: ini.number, kind, text, why: `${KIND_LABEL[kind]} dated ${monthLabel(hit)} (${when})`, who: ini.lead });
      }
    };
    benchmarks("short_term_outcome", ini.shortTermOutcomes);
    benchmarks("early_evidence", ini.earlyEvidence);
  }
  return { month, items, datesToConfirm };
}
