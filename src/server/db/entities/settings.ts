import { EntitySchema } from "typeorm";

/** Key/value settings; values are JSON text read through the typed settings module. */
export interface SettingRow {
  key: string;
  value: string;
  updatedAt: Date;
}

export const SettingEntity = new EntitySchema<SettingRow>({
  name: "Setting",
  tableName: "settings",
  columns: {
    key: { type: "text", primary: true },
    value: { type: "text" },
    updatedAt: { name: "updated_at", type: "timestamptz", updateDate: true },
  },
});
