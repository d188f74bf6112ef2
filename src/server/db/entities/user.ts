import { EntitySchema } from "typeorm";

/** The single owner. `singleton` is always true and unique, so a second owner cannot exist. */
export interface UserRow {
  id: string;
  passwordHash: string;
  sessionVersion: number;
  singleton: boolean;
  createdAt: Date;
}

export const UserEntity = new EntitySchema<UserRow>({
  name: "User",
  tableName: "users",
  columns: {
    id: { type: "bigint", primary: true, generated: "increment" },
    passwordHash: { name: "password_hash", type: "text" },
    sessionVersion: { name: "session_version", type: "integer", default: 1 },
    singleton: { type: "boolean", default: true, unique: true },
    createdAt: { name: "created_at", type: "timestamptz", createDate: true },
  },
  checks: [{ name: "users_singleton_true", expression: "singleton" }],
});
