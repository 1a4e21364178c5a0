/** Highlight Discussion minutes: the pure parts (themes, deadlines, coverage, this month's agenda). */
export * from "./agenda";
export * from "./coverage";
export * from "./dateFinder";
export * from "./deadlines";
export * from "./months";
export * from "./themes";
