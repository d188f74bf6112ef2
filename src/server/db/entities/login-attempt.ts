import { EntitySchema } from "typeorm";

/** A failed login, kept in the database because the cloud runs many server instances. */
export interface LoginAttemptRow {
  id: string;
  clientKey: string;
  attemptedAt: Date;
}

export const LoginAttemptEntity = new EntitySchema<LoginAttemptRow>({
  name: "LoginAttempt",
  tableName: "login_attempts",
  columns: {
    id: { type: "bigint", primary: true, generated: "increment" },
    clientKey: { name: "client_key", type: "text" },
    attemptedAt: { name: "attempted_at", type: "timestamptz", createDate: true },
  },
  indices: [{ name: "login_attempts_client_time_idx", columns: ["clientKey", "attemptedAt"] }],
});
