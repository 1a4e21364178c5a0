/** The QPR rating scales of Appendix G, low to high, names and definitions verbatim (SPEC.md §6.3). */

export interface ScaleLevel {
  /** 1 = lowest. Used only for sorting, counting and colour (DECISIONS.md 8). */
  rank: number;
  name: string;
  definition: string;
}

export interface Scale {
  key: "process" | "performance";
  title: string;
  describes: string;
  levels: readonly ScaleLevel[];
}

export const PROCESS_SCALE: Scale = {
  key: "process",
  title: "Improvement Process Stages",
  describes: "Rating describes the phase of implementation for the initiative",
  levels: [
    {
      rank: 1,
      name: "Problematic Implementation/At-Risk",
      definition:
        "A number of activities have not yet begun or are in the early stages. Initiative is under-developed or inadequate steps have been taken to implement the initiative effectively.",
    },
    {
      rank: 2,
      name: "Technical Implementation Stage",
      definition:
        "The stated activities have been completed. More work or time is needed for the initiative to be fully implemented with quality and consistency across the district.",
    },
    {
      rank: 3,
      name: "Practices in Place Stage",
      definition:
        "Initiative is being fully and effectively implemented and practices and resources are in place for the initiative to be implemented with quality and consistency.",
    },
    {
      rank: 4,
      name: "Fully Embedded Stage",
      definition: "Initiative is fully embedded in the practice of professionals so that it is likely to continue being implemented effectively with quality and consistency.",
    },
  ],
};

export const PERFORMANCE_SCALE: Scale = {
  key: "performance",
  title: "Performance Ratings",
  describes: "Rating describes the results to date",
  levels: [
    {
      rank: 1,
      name: "Performance Goals Not Reached",
      definition:
        "There is little evidence that there is early evidence of change or that outcomes are being met. The Plan’s benchmarks for this initiative (early evidence of change benchmarks, short-term outcomes, and/or long-term outcomes) were not met in this monitoring period, and there was insufficient improvement in performance. This may be the case even when the process rating is further advanced.",
    },
    {
      rank: 2,
      name: "Partially Reached Performance Goals",
      definition:
        "There is some evidence of an impact on outcomes. The Plan’s benchmarks for this initiative (early evidence of change benchmarks, short-term outcomes, and/or long-term outcomes) may not have been met in this monitoring period, but there was progress.",
    },
    {
      rank: 3,
      name: "Reached Performance Goals",
      definition:
        "There is strong evidence that the outcomes are being met. The Plan’s benchmarks for this initiative (early evidence of change benchmarks, short-term outcomes, and/or long-term outcomes) were met in this monitoring period. Or, there were high and improving levels of benchmark performance.",
    },
    {
      rank: 4,
      name: "Reached High Performance Goals Consistently",
      definition:
        "There is strong evidence that the outcomes will continue to be met. The Plan’s short and long term outcomes for this initiative were high. And, the outcomes were reached; or, substantial improvement and high levels of performance were consistent over time.  There is strong evidence that there will be further improvement over time.",
    },
  ],
};

export const SCALES = [PROCESS_SCALE, PERFORMANCE_SCALE] as const;

/** The level whose name is exactly `name`, or undefined (no case folding: the scale names are a contract). */
export function levelByName(scale: Scale, name: string): ScaleLevel | undefined {
  return scale.levels.find((l) => l.name === name);
}
