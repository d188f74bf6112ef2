import pg from "pg";
import type { DataSourceOptions } from "typeorm";
import { migrations } from "../../../migrations";
import { trackerDataApiDriver } from "./data-api/driver";
import { entities } from "./entities";
import { QueryCountingLogger } from "./query-stats";
import type { DatabaseTarget } from "./target";

// Calendar days stay "YYYY-MM-DD" strings end to end: pg would otherwise turn a `date` into a
// JavaScript Date at local midnight, which shifts the day in any timezone west of UTC.
const PG_DATE_OID = 1082;
pg.types.setTypeParser(PG_DATE_OID, (value: string) => value);

export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  const common = {
    entities,
    migrations,
    migrationsTableName: "typeorm_migrations",
    migrationsTransactionMode: "each" as const,
    synchronize: false,
    logging: false,
    // Counts statements per request for the access log (and the Today query budget test).
    logger: new QueryCountingLogger(),
  };
  if (target.kind === "data-api") {
    return {
      ...common,
      type: "aurora-postgres",
      driver: trackerDataApiDriver,
      database: target.database,
      secretArn: target.secretArn,
      resourceArn: target.resourceArn,
      region: target.region,
      // One object per DataSource: the driver shares one RDS Data client per options object.
      serviceConfigOptions: target.endpoint ? { endpoint: target.endpoint } : {},
      // Entity values get typed casts (dates, timestamps, numerics); the adapter decodes
      // results itself, so the driver must leave date strings alone.
      formatOptions: { castParameters: true, deserializeDate: false },
    };
  }
  return {
    ...common,
    type: "postgres",
    url: target.url,
    driver: pg,
    extra: {
      max: target.poolSize,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      application_name: "tracker",
    },
  };
}
