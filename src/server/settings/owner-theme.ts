import "server-only";
import { connection } from "next/server";
import type { Theme } from "@/schemas/settings";
import { logger } from "../log";
import { getRequestScope } from "../request-scope";
import { loadOwnerCalendar } from "./owner-calendar";

/**
 * The owner's theme for the root layout, rendered into `<html data-theme>` so the first paint
 * already has the right colours. It shares the page's one settings read (React `cache`). A
 * theme must never take a page down: if the settings cannot be read, the device decides.
 */
export async function loadOwnerTheme(): Promise<Theme> {
  await connection();
  try {
    const { db, now } = await getRequestScope();
    return (await loadOwnerCalendar(db, now)).settings.theme;
  } catch (error) {
    logger.warn({ err: error }, "theme: settings unreadable, following the device");
    return "system";
  }
}
