/**
 * Suggested monthly themes for Highlight Discussions (SPEC.md §5.4), verbatim, with their nesting.
 * DECISIONS.md 18: July has none; September and October share one.
 */
import type { IsoDate } from "../plan";

export interface ThemeItem {
  text: string;
  /** Sub-questions, shown indented under the item. */
  items?: string[];
}

export interface MonthTheme {
  /** The source's heading, verbatim: "August:", "September/October:", "November-June:". */
  heading: string;
  items: ThemeItem[];
}

const REFLECT = "Discuss and reflect on accomplishments, challenges, risks, and key modifications.";
const NEXT_STEPS = "Identify next steps for the coming month, including the specific benchmarks/topics to be addressed at the next Highlight Discussion.";

const AUGUST: MonthTheme = {
  heading: "August:",
  items: [
    { text: "Discuss and reflect on work accomplished over the summer" },
    {
      text: "Reflect on final MCAS/PPI and other summative data from previous school year.",
      items: ["Why do you think the district saw the results it did?", "What are the implications for the work going forward this year?"],
    },
    {
      text: "Reflect on where the district is in the stages toward exit.  Possible questions to discuss include:",
      items: [
        "What is your perception of where the district is on the continuum toward exit, and why?",
        "What specific roles/responsibilities might make the most sense for the district to begin to take on in the coming year?  How do you see the Plan Manager and Monitor role shifting in order to support the district’s capacity in those areas?",
        "What do you want the Monitor to focus on most as they give the district feedback in the coming year?",
      ],
    },
  ],
};

const SEPTEMBER_OCTOBER: MonthTheme = {
  heading: "September/October:",
  items: [
    { text: "Discuss the district’s baseline data, as outlined in the Early Evidence of Change and Short Term Outcomes in the Accelerated Improvement Plan" },
    { text: REFLECT },
    { text: NEXT_STEPS },
  ],
};

const NOVEMBER_JUNE: MonthTheme = { heading: "November-June:", items: [{ text: REFLECT }, { text: NEXT_STEPS }] };

/** The theme for the month of `date`; undefined in July (the guidance suggests none). */
export function monthTheme(date: IsoDate): MonthTheme | undefined {
  const month = Number(date.slice(5, 7));
  if (month === 7) return undefined;
  if (month === 8) return AUGUST;
  if (month === 9 || month === 10) return SEPTEMBER_OCTOBER;
  return NOVEMBER_JUNE;
}
