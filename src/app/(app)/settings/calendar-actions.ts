"use server";

import { revalidatePath } from "next/cache";
import { calendarSettingsSchema } from "@/schemas/tasks";
import { versionedForm } from "@/schemas/version";
import { ownerFormAction } from "@/server/http/owner-action";
import { saveCalendarSettings } from "@/server/services/settings/owner-settings";

/** Time zone, day-start hour and week start: they decide what "today" and "this week" mean. */
export const saveCalendarSettingsAction = ownerFormAction(
  "saveCalendarSettings",
  versionedForm(calendarSettingsSchema),
  async (input, { db }) => {
    const { version } = await saveCalendarSettings(db, input);
    revalidatePath("/", "layout");
    return { ok: true, message: "Calendar settings saved.", version };
  },
);
