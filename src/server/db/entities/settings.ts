import { EntitySchema } from "typeorm";
import { version } from "./day-entries";

/** Key/value settings; values are JSON text read through the typed settings module. */
export interface SettingRow {
  key: string;
  value: string;
  /** Moves when the value changes (migration RecordVersions), so a stale form's save is refused. */
  version: number;
  updatedAt: Date;
}

export const SettingEntity = new EntitySchema<SettingRow>({
  name: "Setting",
  tableName: "settings",
  columns: {
    key: { type: "text", primary: true },
    value: { type: "text" },
    version,
    updatedAt: { name: "updated_at", type: "timestamptz", updateDate: true },
  },
});
