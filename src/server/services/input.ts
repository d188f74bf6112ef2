import type { z } from "zod";
import type { IsoDate } from "@/domain/calendar";
import { isoDaySchema } from "@/schemas/day";
import { issuesMessage } from "@/schemas/form-state";
import type { Db } from "../db/rows";
import { UserError } from "../http/user-error";
import { loadOwnerCalendar, type OwnerCalendar } from "../settings/owner-calendar";

/**
 * Validates again at the service boundary with the schema the form uses, so no caller can
 * store what a form would refuse. Refused input is a 422 with every rule's own sentence.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new UserError(issuesMessage(parsed.error), 422);
  return parsed.data as z.infer<S>;
}

/**
 * The one "loggable day" rule of every feature: a valid day that is today or earlier in the
 * owner's calendar. Absent means today (a page opened without `?day=`).
 */
export function loggableDay(requested: string | undefined, today: IsoDate): IsoDate {
  if (requested === undefined) return today;
  const day = parseInput(isoDaySchema, requested);
  if (day > today) {
    throw new UserError(`${day} is in the future: choose today (${today}) or an earlier day.`, 422);
  }
  return day;
}

/** The owner calendar as of `now`, and the requested day checked against its today. */
export async function loadLoggableDay(
  db: Db,
  requested: string | undefined,
  now: Date,
): Promise<{ day: IsoDate; calendar: OwnerCalendar }> {
  const calendar = await loadOwnerCalendar(db, now);
  return { day: loggableDay(requested, calendar.today), calendar };
}

/** A page's day: the one in the URL, or today with a notice saying why that one is not shown. */
export interface PageDay {
  day: IsoDate;
  /** Set when the URL asked for a day that cannot be shown: "2025-02-30 does not exist. …" */
  notice: string | null;
}

/** For pages: the day in the URL when it is loggable, else today and a notice naming why. */
export function pastDayOrToday(requested: string | undefined, today: IsoDate): PageDay {
  try {
    return { day: loggableDay(requested, today), notice: null };
  } catch (error) {
    if (error instanceof UserError) {
      return { day: today, notice: `${error.message} Showing today (${today}).` };
    }
    throw error;
  }
}
