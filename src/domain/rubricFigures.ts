/**
 * The figures the Rubric sheet shows beside each criterion (benchmarks tracked, complete, focus),
 * as plain data: src/checks/rubricEvidence.ts computes them, src/layout/build/rubricSheet.ts lays them out.
 */
import type { BenchmarkType } from "./benchmarks";
import type { InitiativeRef } from "./plan";

/** Where a benchmark (or its first gap) is, for a link. */
export interface CellPlace {
  sheet: string;
  cell: string;
}

export interface TypeFigures {
  type: BenchmarkType;
  /** Benchmarks of the type that hold something. */
  total: number;
  withDate: number;
  /** null: the checker does not ask it of this type (activities are measured by being done). */
  withTarget: number | null;
  withEvidence: number | null;
  /** With everything the checker asks of the type: dated, and no error or warning on any of its cells. */
  complete: number;
  /** Benchmarks with at least one error finding on one of their cells (e.g. a placeholder, dates out of order). */
  withErrors: number;
  /** The first benchmark of the type missing something, in plan order. */
  firstGap?: CellPlace;
}

export interface InitiativeFigures {
  ref: InitiativeRef;
  /** "1.2" */
  number: string;
  /** The initiative's description (C. Initiative Number and Description), "" when blank. */
  description: string;
  sheet: string;
  /** Complete benchmarks and all benchmarks of each type on the initiative's sheet. */
  byType: Record<Exclude<BenchmarkType, "final_outcome">, { complete: number; total: number }>;
}

export interface FocusFigures {
  objectives: number;
  /** Objectives against 3–5 (DECISIONS.md 1). */
  objectivesInRange: boolean;
  initiatives: number;
  perObjective: { o: number; title: string; initiatives: number; withinFive: boolean; sheet: string }[];
}

export type RubricEvidence =
  { available: false; reason: string } | { available: true; tracking: TypeFigures[]; initiatives: InitiativeFigures[]; focus: FocusFigures; planSheet?: string };
