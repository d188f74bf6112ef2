import type { CustomTypesConfig, PoolClient, QueryResult } from "pg";
import { badRequest, fromPostgresError, unsupportedResult } from "./errors";
import { toColumnMetadata, toWireField, type WireField } from "./fields";
import { toPositionalSql } from "./named-parameters";
import { bindParameters, type WireParameter } from "./parameters";
import type { PgType, TypeCatalog } from "./type-catalog";

/** The documented limits: 1 MiB per response, 64 KB per row. */
export const MAX_RESPONSE_BYTES = 1024 * 1024;
export const MAX_ROW_BYTES = 64 * 1024;

export interface StatementRequest {
  sql: string;
  parameters?: WireParameter[];
  includeResultMetadata?: boolean;
}

/**
 * Parameter type OIDs go into the Parse message (the service binds typed values, like JDBC);
 * every result value stays PostgreSQL's text output, which the service re-encodes as Fields.
 */
function queryTypes(oids: number[]): CustomTypesConfig {
  const config = Object.assign([...oids], {
    getTypeParser: () => (value: string) => value,
  });
  return config as unknown as CustomTypesConfig;
}

async function encodeRows(result: QueryResult<string[]>, client: PoolClient, catalog: TypeCatalog) {
  const types: PgType[] = [];
  for (const field of result.fields) {
    const type = await catalog.lookup(client, field.dataTypeID);
    if (!catalog.isSupported(type)) throw unsupportedResult(type.name);
    types.push(type);
  }
  const records = result.rows.map((row) =>
    row.map((text, column): WireField => toWireField(text, types[column] as PgType, catalog)),
  );
  for (const record of records) {
    if (Buffer.byteLength(JSON.stringify(record)) > MAX_ROW_BYTES) {
      throw badRequest("Packet for query is too large");
    }
  }
  const columnMetadata = result.fields.map((field, column) =>
    toColumnMetadata(field.name, types[column] as PgType),
  );
  return { records, columnMetadata };
}

/** Runs one ExecuteStatement on `client` and builds the service's response body. */
export async function executeStatement(
  client: PoolClient,
  catalog: TypeCatalog,
  request: StatementRequest,
): Promise<Record<string, unknown>> {
  if (typeof request.sql !== "string" || request.sql.trim() === "") {
    throw badRequest("SQL statement is required");
  }
  const { text, names } = toPositionalSql(request.sql);
  const bound = bindParameters(names, request.parameters ?? []);
  let results: QueryResult<string[]>;
  try {
    const raw: unknown = await client.query({
      text,
      values: bound.map((parameter) => parameter.value),
      types: queryTypes(bound.map((parameter) => parameter.typeOid)),
      rowMode: "array",
    });
    // Without parameters several statements may run at once; the last one answers.
    results = (Array.isArray(raw) ? raw.at(-1) : raw) as QueryResult<string[]>;
  } catch (error) {
    throw fromPostgresError(error);
  }
  if (results.fields.length === 0) {
    return { numberOfRecordsUpdated: results.rowCount ?? 0, generatedFields: [] };
  }
  const { records, columnMetadata } = await encodeRows(results, client, catalog);
  const response = {
    numberOfRecordsUpdated: 0,
    records,
    ...(request.includeResultMetadata ? { columnMetadata } : {}),
  };
  if (Buffer.byteLength(JSON.stringify(response)) > MAX_RESPONSE_BYTES) {
    throw badRequest("Database returned more than the allowed response size limit");
  }
  return response;
}
