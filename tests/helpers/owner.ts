import { DataSource } from "typeorm";
import { dataSourceOptions } from "@/server/db/options";
import { createOwner } from "@/server/services/owner-store";
import type { RunningApp } from "./app-server";
import { OWNER_PASSWORD } from "./browser";

/** Creates the owner (password OWNER_PASSWORD) in a running app's database, as setup would. */
export async function addOwner(running: RunningApp): Promise<void> {
  const db = new DataSource(
    dataSourceOptions({ kind: "postgres", url: running.databaseUrl ?? "", poolSize: 1 }),
  );
  await db.initialize();
  await createOwner(db, OWNER_PASSWORD);
  await db.destroy();
}
