import "server-only";
import { ownerDay, type IsoDate } from "@/domain/calendar";
import type { Settings } from "@/schemas/settings";
import { getDataSource } from "../db/data-source";
import { readSettings } from "./settings-store";

/** The owner's settings and the owner's current calendar day (timezone + day-start hour). */
export async function getOwnerToday(
  now = new Date(),
): Promise<{ settings: Settings; today: IsoDate }> {
  const settings = await readSettings(await getDataSource());
  return { settings, today: ownerDay(now, settings) };
}
