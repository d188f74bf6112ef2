import type { IsoDate } from "@/domain/calendar";

/** Placeholder: the calories issue shows eaten / goal / remaining for `day` here. */
export function TodayCaloriesCard(_props: { day: IsoDate }) {
  return null;
}
