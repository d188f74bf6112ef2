import type { TaskDayState } from "@/domain/calendar";

/** What a Today row shows: always the last stored values the server returned. */
export interface RowCounts {
  count: number;
  dayCount: number;
  state: TaskDayState | null;
}

export interface RowState {
  counts: RowCounts;
  /** Sequence number of the newest request whose result is shown. */
  appliedSeq: number;
}

export function initialRowState(counts: RowCounts): RowState {
  return { counts: pickCounts(counts), appliedSeq: 0 };
}

export function pickCounts({ count, dayCount, state }: RowCounts): RowCounts {
  return { count, dayCount, state };
}

/** A server result replaces the shown values unless a newer request's result is already shown. */
export function applyServerResult(state: RowState, seq: number, counts: RowCounts): RowState {
  return seq > state.appliedSeq ? { counts: pickCounts(counts), appliedSeq: seq } : state;
}

/** The expected values while a tap (+1) or an undo (-1) is on its way; never below zero. */
export function optimisticCounts(counts: RowCounts, delta: number, target: number): RowCounts {
  if (delta < 0 && counts.dayCount === 0) return counts;
  const count = Math.max(0, counts.count + delta);
  const dayCount = Math.max(0, counts.dayCount + delta);
  const state = count >= target ? "done" : counts.state === "overdue" ? "overdue" : "open";
  return { count, dayCount, state };
}
