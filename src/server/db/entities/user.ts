import { EntitySchema } from "typeorm";

/** The single owner. `singleton` is always true and unique, so a second owner cannot exist. */
export interface UserRow {
  id: string;
  passwordHash: string;
  sessionVersion: number;
  createdAt: Date;
}

export const UserEntity = new EntitySchema<UserRow>({
  name: "User",
  tableName: "users",
  columns: {
    id: { type: "bigint", primary: true, generated: "increment" },
    passwordHash: { name: "password_hash", type: "text" },
    sessionVersion: { name: "session_version", type: "integer", default: 1 },
    createdAt: { name: "created_at", type: "timestamptz", createDate: true },
  },
});
