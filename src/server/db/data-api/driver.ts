import { pg as createPackageDriver } from "typeorm-aurora-data-api-driver";
import { toDriverParameters, type DriverParameter } from "./parameters";
import { toQueryFailedError } from "./query-error";
import { APP_RESUME_DELAYS, retryWhileResuming } from "./resume-retry";
import { decodeRows, type DataApiColumn, type DataApiRow } from "./rows";
import { statementCommand, toNamedPlaceholders } from "./statement-text";

type PackageDriver = ReturnType<typeof createPackageDriver>;
type QueryLogger = (query: string, parameters?: unknown[]) => void;
type ColumnMetadata = Parameters<PackageDriver["preparePersistentValue"]>[1];

interface ClientResult {
  records?: DataApiRow[];
  columnMetadata?: DataApiColumn[];
  numberOfRecordsUpdated?: number;
}

/** The parts of the package's DataApiDriver this adapter builds on (private in its typings). */
interface DriverInternals {
  client: {
    query(request: {
      sql: string;
      parameters: DriverParameter[];
      transactionId?: string;
      includeResultMetadata: true;
      continueAfterTimeout: boolean;
    }): Promise<ClientResult>;
  };
  transactionId?: string;
  /** From serviceConfigOptions.queryConfigOptions, as the package reads it. */
  queryConfigOptions?: { continueAfterTimeout?: boolean };
  waitForTransaction(): Promise<() => void>;
}

/**
 * The raw result TypeORM's query runners expect: pg's shapes (rows, or `[rows, count]` for
 * UPDATE and DELETE) carrying `records` and `numberOfRecordsUpdated`, which
 * AuroraPostgresQueryRunner reads for structured results.
 */
function toTypeOrmResult(sql: string, result: ClientResult): unknown[] {
  const rows = result.records ? decodeRows(result.records, result.columnMetadata ?? []) : [];
  const affected = result.records ? rows.length : (result.numberOfRecordsUpdated ?? 0);
  const command = statementCommand(sql);
  const raw: unknown[] = command === "UPDATE" || command === "DELETE" ? [rows, affected] : rows;
  Object.defineProperty(raw, "records", { value: rows });
  Object.defineProperty(raw, "numberOfRecordsUpdated", { value: affected });
  return raw;
}

async function runQuery(
  driver: DriverInternals,
  log: QueryLogger | undefined,
  sql: string,
  values: readonly unknown[],
): Promise<unknown[]> {
  const parameters = toDriverParameters(values);
  const text = parameters.length > 0 ? toNamedPlaceholders(sql) : sql;
  log?.(text, parameters);
  // Statements of one transaction must not overlap: the service rejects a second one.
  const done = driver.transactionId ? await driver.waitForTransaction() : () => undefined;
  const request = {
    sql: text,
    parameters,
    transactionId: driver.transactionId,
    includeResultMetadata: true as const,
    continueAfterTimeout: driver.queryConfigOptions?.continueAfterTimeout ?? false,
  };
  try {
    // A paused database refuses the call (nothing ran), so it is sent again once it is up.
    const result = await retryWhileResuming(() => driver.client.query(request), {
      delaysMs: APP_RESUME_DELAYS,
    });
    return toTypeOrmResult(sql, result);
  } catch (error) {
    throw toQueryFailedError(sql, values, error);
  } finally {
    done();
  }
}

/** Entity values for integer columns arrive as strings (bigint ids); varchar would not compare. */
const INTEGER_CASTS: Record<string, string> = {
  bigint: "bigint",
  int8: "bigint",
  integer: "integer",
  int: "integer",
  int4: "integer",
  smallint: "smallint",
  int2: "smallint",
};

function castIntegerText(prepared: unknown, column: ColumnMetadata): unknown {
  const cast = typeof column.type === "string" ? INTEGER_CASTS[column.type] : undefined;
  return typeof prepared === "string" && cast ? { value: prepared, cast } : prepared;
}

/** One RDS Data client (and its keep-alive sockets) per DataSource, not one per query. */
const sharedClients = new WeakMap<object, DriverInternals["client"]>();

/**
 * TypeORM's `aurora-postgres` driver constructs this with `new` for every query runner.
 * It is the package's driver with its query path replaced (see docs/data-api.md).
 */
function createTrackerDataApiDriver(
  region: string,
  secretArn: string,
  resourceArn: string,
  database: string,
  log?: QueryLogger,
  serviceConfigOptions?: Record<string, unknown>,
  formatOptions?: Record<string, unknown>,
): PackageDriver {
  const driver = createPackageDriver(
    region,
    secretArn,
    resourceArn,
    database,
    log,
    serviceConfigOptions,
    formatOptions,
  );
  const internals = driver as unknown as DriverInternals;
  if (serviceConfigOptions) {
    const shared = sharedClients.get(serviceConfigOptions);
    if (shared) internals.client = shared;
    else sharedClients.set(serviceConfigOptions, internals.client);
  }
  const preparePersistentValue = driver.preparePersistentValue.bind(driver);
  const startTransaction = driver.startTransaction.bind(driver);
  driver.query = (sql: string, parameters?: unknown[]) =>
    runQuery(internals, log, sql, parameters ?? []);
  // BeginTransaction can be the first call after a pause too (e.g. a migration).
  driver.startTransaction = () =>
    retryWhileResuming(startTransaction, { delaysMs: APP_RESUME_DELAYS });
  driver.preparePersistentValue = (value: unknown, column: ColumnMetadata) =>
    castIntegerText(preparePersistentValue(value, column), column);
  return driver;
}

/** Passed as the DataSource's `driver` option, so bundlers see the dependency. */
export const trackerDataApiDriver = { pg: createTrackerDataApiDriver };
