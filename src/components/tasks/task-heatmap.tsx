"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from "react";
import { addDays, type HeatmapCell, type IsoDate, type WeekStartsOn } from "@/domain/calendar";
import { formatDay } from "@/domain/calendar/date-format";
import { countOf } from "@/domain/text";
import type { CompletionActions } from "@/components/today/action-types";
import { HeatmapDayEditor } from "./heatmap-day-editor";
import { heatmapMonths, weekdayInitials } from "./heatmap-months";
import styles from "./heatmap.module.css";

export interface TaskHeatmapProps {
  taskId: string;
  cells: HeatmapCell[];
  weekStartsOn: WeekStartsOn;
  today: IsoDate;
  /** The task's first day (creation or earliest completion): months before it start hidden. */
  firstDay: IsoDate;
  dailyTarget: number;
  locale: string;
  /** Absent for archived tasks: their history is read-only. */
  actions?: CompletionActions;
}

const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
const CELL_ID = "heat-";

/** The day of a day button ("heat-2026-01-31"), or null for anything else in the calendar. */
function cellDay(target: EventTarget): IsoDate | null {
  if (!(target instanceof HTMLButtonElement) || !target.id.startsWith(CELL_ID)) return null;
  return target.id.slice(CELL_ID.length);
}

/**
 * Month calendars, one cell per day, shaded by the number of completions. A cell is a button:
 * choosing a day offers to add or remove one of its completions (arrow keys move between days).
 */
export function TaskHeatmap(props: TaskHeatmapProps) {
  const { taskId, weekStartsOn, today, firstDay, dailyTarget, locale, actions } = props;
  const router = useRouter();
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [selected, setSelected] = useState<IsoDate>(today);
  const [showEarlier, setShowEarlier] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cells = useMemo(
    () => props.cells.map((cell) => ({ ...cell, count: counts[cell.day] ?? cell.count })),
    [props.cells, counts],
  );
  const allMonths = heatmapMonths(cells, weekStartsOn, locale, dailyTarget);
  const firstMonth = firstDay.slice(0, 7);
  const months = showEarlier ? allMonths : allMonths.filter((month) => month.key >= firstMonth);
  const hidden = allMonths.length - months.length;
  const shownFrom = months[0]?.cells[0]?.day ?? today;
  const initials = weekdayInitials(weekStartsOn, locale);

  // One pair of handlers for all the day buttons, which are found by their id.
  function choose(event: MouseEvent<HTMLDivElement>) {
    const day = cellDay(event.target);
    if (day !== null) setSelected(day);
  }

  function move(event: KeyboardEvent<HTMLDivElement>) {
    const step = STEPS[event.key];
    if (step === undefined || cellDay(event.target) === null) return;
    event.preventDefault();
    const next = addDays(selected, step);
    if (next > today || next < shownFrom) return;
    setSelected(next);
    document.getElementById(`${CELL_ID}${next}`)?.focus();
  }

  function stored(day: IsoDate, count: number) {
    setError(null);
    setCounts((current) => ({ ...current, [day]: count }));
    router.refresh();
  }

  const selectedCount = cells.find((cell) => cell.day === selected)?.count ?? 0;
  return (
    <div className="stack">
      <div className={styles.months} onClick={choose} onKeyDown={move}>
        {months.map((month) => (
          <div
            key={month.key}
            className={styles.month}
            role="group"
            aria-label={`${month.label}: ${countOf(month.total, "completion", "completions")} on ${countOf(month.activeDays, "day", "days")}`}
          >
            <div className={styles.caption} aria-hidden="true">
              {month.label}
            </div>
            <div className={styles.grid}>
              {initials.map((initial, index) => (
                <span key={`h${index}`} className={styles.weekday} aria-hidden="true">
                  {initial}
                </span>
              ))}
              {Array.from({ length: month.leadingBlanks }, (_, index) => (
                <span key={`b${index}`} aria-hidden="true" />
              ))}
              {month.cells.map((cell) => (
                <button
                  type="button"
                  key={cell.day}
                  id={`${CELL_ID}${cell.day}`}
                  data-level={cell.level}
                  data-today={cell.day === today || undefined}
                  aria-pressed={cell.day === selected}
                  aria-label={`${formatDay(cell.day, locale)}: ${countOf(cell.count, "completion", "completions")}`}
                  tabIndex={cell.day === selected ? 0 : -1}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
      <p className={styles.legend} aria-hidden="true">
        Less
        {[0, 1, 2, 3, 4].map((level) => (
          <span key={level} className={styles.cell} data-level={level} />
        ))}
        More
      </p>
      {hidden > 0 && (
        <button type="button" className={styles.earlier} onClick={() => setShowEarlier(true)}>
          Show {countOf(hidden, "earlier month", "earlier months")} (to add past days)
        </button>
      )}
      {actions && (
        <HeatmapDayEditor
          taskId={taskId}
          day={selected}
          count={selectedCount}
          locale={locale}
          actions={actions}
          onStored={stored}
          onError={setError}
        />
      )}
      {error && (
        <p className="form-message error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
