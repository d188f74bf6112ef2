"use server";

import { revalidatePath } from "next/cache";
import { themeSettingsSchema } from "@/schemas/settings";
import { versionedForm } from "@/schemas/version";
import { ownerFormAction } from "@/server/http/owner-action";
import { saveThemeSettings } from "@/server/services/settings/owner-settings";

const SAVED = {
  system: "Theme saved: the same as this device.",
  light: "Theme saved: light.",
  dark: "Theme saved: dark.",
} as const;

/** Light, dark or the device's choice; every page's <html data-theme> follows at once. */
export const saveThemeSettingsAction = ownerFormAction(
  "saveThemeSettings",
  versionedForm(themeSettingsSchema),
  async (input, { db }) => {
    const { version } = await saveThemeSettings(db, input);
    revalidatePath("/", "layout");
    return { ok: true, message: SAVED[input.theme], version };
  },
);
