/**
 * What the Summative Report's Word document is made from: the report as its sheet showed it when
 * built (src/layout/read/summativeModel.ts), reduced to plain text and numbers. Plain data, so the
 * pane can send it to word-download.html on Excel for Mac (src/taskpane/wordDocuments.ts), and free
 * of the docx library.
 */
import type { InitiativeRef, IsoDate, QprPeriod } from "../domain/plan";
import type { Change, ScaleKey } from "../domain/rollup";
import type { ReviewStatus } from "../domain/review";
import type { QuarterCoverage, YearEndActivities } from "../domain/summative";
import type { SummativeModel } from "../layout/read/summativeModel";

export interface SummativeWordInitiative {
  ref: InitiativeRef;
  description: string;
  ratings: Record<ScaleKey, Record<QprPeriod, string>>;
  evidence: Record<ScaleKey, Record<QprPeriod, string>>;
  change: Record<ScaleKey, Change | undefined>;
  activities?: YearEndActivities;
  corrections: string;
}

export interface SummativeWord {
  startYear: number;
  district: string;
  /** The status cell as it reads ("" when blank), and the date of each step as the sheet shows it. */
  statusText: string;
  stepTexts: Record<ReviewStatus, string>;
  narratives: { successes: string; concerns: string; recommendations: string };
  objectives: { o: number; title: string; initiatives: SummativeWordInitiative[] }[];
  /** Corrections typed for initiatives no longer in the plan. */
  orphanCorrections: { ref: InitiativeRef; text: string }[];
  /** The plan's final outcomes, then those no longer in it (their text says so). */
  outcomes: { text: string; date?: IsoDate; result: string; met: string }[];
  coverage: QuarterCoverage[];
  assessment?: { date: IsoDate; sheet: string; ratings: { criterion: string; rating: string }[] };
}

export function summativeWord(m: SummativeModel): SummativeWord {
  const outcome = (o: SummativeModel["outcomes"][number], text = o.text) => ({ text, date: o.date, result: o.result.text, met: o.met.text });
  return {
    startYear: m.startYear,
    district: m.district,
    statusText: m.review.statusText,
    stepTexts: m.review.stepTexts,
    narratives: { successes: m.narratives.successes.text, concerns: m.narratives.concerns.text, recommendations: m.narratives.recommendations.text },
    objectives: m.objectives.map((o) => ({
      o: o.o,
      title: o.title,
      initiatives: o.initiatives.map((i) => ({
        ref: i.ref,
        description: i.description,
        ratings: i.ratings,
        evidence: i.evidence,
        change: i.change,
        activities: i.activities,
        corrections: i.corrections.text,
      })),
    })),
    orphanCorrections: m.orphanCorrections.map(({ ref, kept }) => ({ ref, text: kept.text })),
    outcomes: [...m.outcomes.map((o) => outcome(o)), ...m.orphanOutcomes.map((o) => outcome(o, `${o.text} (no longer in the plan)`))],
    coverage: m.coverage,
    assessment: m.assessment,
  };
}
