import { cache } from "react";
import {
  DEFAULT_WEEK_STARTS_ON,
  isWeekStartsOn,
  ownerDay,
  type IsoDate,
  type OwnerDayOptions,
  type WeekStartsOn,
} from "@/domain/calendar";
import type { Settings } from "@/schemas/settings";
import type { Db } from "../db/rows";
import { readSettings } from "./settings-store";

/** The owner's settings and what they make of `now`: the calendar rules and the current day. */
export interface OwnerCalendar extends OwnerDayOptions {
  settings: Settings;
  weekStartsOn: WeekStartsOn;
  today: IsoDate;
}

async function readOwnerCalendar(db: Db, now: Date): Promise<OwnerCalendar> {
  const settings = await readSettings(db);
  const weekStartsOn = isWeekStartsOn(settings.weekStartsOn)
    ? settings.weekStartsOn
    : DEFAULT_WEEK_STARTS_ON;
  const options = { timeZone: settings.timeZone, dayStartHour: settings.dayStartHour };
  return { ...options, settings, weekStartsOn, today: ownerDay(now, options) };
}

/**
 * The owner calendar, read with one query. While a page renders, React `cache` keeps it per
 * request for the same handle and `now` (`getRequestScope()` hands out both), so every service
 * the page calls shares one settings read. Outside a render (actions, tests) it reads each time.
 */
export const loadOwnerCalendar = cache(readOwnerCalendar);
