import type { DataSource } from "typeorm";
import {
  DEFAULT_WEEK_STARTS_ON,
  compareIsoDate,
  isValidIsoDate,
  isWeekStartsOn,
  ownerDay,
  type IsoDate,
  type OwnerDayOptions,
  type WeekStartsOn,
} from "@/domain/calendar";
import { readSettings } from "../../settings/settings-store";
import { UserError } from "../../http/user-error";

/** The owner's calendar rules and current day, read with one query. */
export interface OwnerCalendar extends OwnerDayOptions {
  weekStartsOn: WeekStartsOn;
  today: IsoDate;
}

export async function loadOwnerCalendar(db: DataSource, now: Date): Promise<OwnerCalendar> {
  const settings = await readSettings(db);
  const weekStartsOn = isWeekStartsOn(settings.weekStartsOn)
    ? settings.weekStartsOn
    : DEFAULT_WEEK_STARTS_ON;
  const options = { timeZone: settings.timeZone, dayStartHour: settings.dayStartHour };
  return { ...options, weekStartsOn, today: ownerDay(now, options) };
}

/** The day asked for (today when absent); refuses malformed and future days. */
export function resolveDay(requested: string | undefined, today: IsoDate): IsoDate {
  if (requested === undefined) return today;
  if (!isValidIsoDate(requested)) {
    throw new UserError(`"${requested}" is not a date. Use YYYY-MM-DD.`, 422);
  }
  if (compareIsoDate(requested, today) > 0) {
    throw new UserError(
      `${requested} is in the future: you can look at or fill in today (${today}) and earlier days.`,
      422,
    );
  }
  return requested;
}
