import "server-only";
import { DataSource } from "typeorm";
import { getConfig } from "../config";
import { dataSourceOptions } from "./options";
import { databaseTargetFromConfig } from "./target";

/**
 * One DataSource per process, shared through globalThis with a single initialize() promise,
 * so hot reload and concurrent first requests never open a second pool.
 */
const globalForDb = globalThis as unknown as { trackerDataSource?: Promise<DataSource> };

export function getDataSource(): Promise<DataSource> {
  globalForDb.trackerDataSource ??= new DataSource(
    dataSourceOptions(databaseTargetFromConfig(getConfig())),
  )
    .initialize()
    .catch((error: unknown) => {
      globalForDb.trackerDataSource = undefined;
      throw error;
    });
  return globalForDb.trackerDataSource;
}
