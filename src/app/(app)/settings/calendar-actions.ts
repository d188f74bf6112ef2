"use server";

import { revalidatePath } from "next/cache";
import { calendarSettingsSchema } from "@/schemas/tasks";
import { getDataSource } from "@/server/db/data-source";
import { ownerFormAction } from "@/server/http/owner-action";
import { writeSettings } from "@/server/settings/settings-store";

/** Time zone, day-start hour and week start: they decide what "today" and "this week" mean. */
export const saveCalendarSettingsAction = ownerFormAction(
  "saveCalendarSettings",
  calendarSettingsSchema,
  async (input) => {
    await writeSettings(await getDataSource(), input);
    revalidatePath("/", "layout");
    return { ok: true, message: "Calendar settings saved." };
  },
);
