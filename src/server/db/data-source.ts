import "server-only";
import { DataSource } from "typeorm";
import { getConfig } from "../config";
import { dataSourceOptions } from "./options";
import { sharedDataSource } from "./shared-data-source";
import { databaseTargetFromConfig } from "./target";

/**
 * One DataSource per process, shared through globalThis with a single initialize() promise,
 * so hot reload and concurrent first requests never open a second pool.
 */
export function getDataSource(): Promise<DataSource> {
  return sharedDataSource(() =>
    new DataSource(dataSourceOptions(databaseTargetFromConfig(getConfig()))).initialize(),
  );
}
