import { z } from "zod";
import { settingsSchema } from "@/schemas/settings";
import {
  getVersionedSettings,
  patchSettings,
  patchSettingsSchema,
} from "../../../services/settings/settings-patch";
import { endpoint } from "../endpoint";
import { baseVersionField, versionField } from "./common";

const versionedSettingsSchema = z
  .object({ settings: settingsSchema.meta({ id: "Settings" }), version: versionField })
  .meta({ id: "VersionedSettings" });

export const getSettings = endpoint({
  method: "GET",
  path: "/settings",
  operationId: "getSettings",
  tag: "Settings",
  summary: "Read every setting",
  access: "read",
  response: versionedSettingsSchema,
  errors: [],
  handle: ({ db }) => getVersionedSettings(db),
});

export const patchSettingsEndpoint = endpoint({
  method: "PATCH",
  path: "/settings",
  operationId: "patchSettings",
  tag: "Settings",
  summary: "Change some settings at once",
  description: "Weights in kg. With baseVersion, refused (409) if any setting changed since.",
  access: "write",
  body: patchSettingsSchema.safeExtend({ baseVersion: baseVersionField }),
  response: versionedSettingsSchema,
  errors: [409, 422],
  handle: ({ db, body }) => patchSettings(db, body),
});
