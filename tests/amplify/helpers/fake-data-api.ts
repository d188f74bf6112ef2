import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface DataApiCall {
  readonly operation: string;
  readonly body: Record<string, unknown>;
}

/**
 * An HTTP stand-in for the RDS Data API that accepts every statement and returns no rows,
 * except one-value answers to the session functions TypeORM asks about. It is not a
 * database: it only shows what a client sent (operation, ARNs, SQL).
 */
export interface FakeDataApi {
  readonly endpoint: string;
  readonly calls: DataApiCall[];
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const SESSION_VALUES: ReadonlyArray<[RegExp, string, string]> = [
  // migrate.ts refuses servers older than PostgreSQL 13 before migrating.
  [/current_setting\('server_version_num'\)/i, "version", "170007"],
  [/current_schema\(\)/i, "current_schema", "public"],
  [/current_database\(\)/i, "current_database", "tracker"],
  [/version\(\)/i, "version", "PostgreSQL 17.7 on aarch64-unknown-linux-gnu"],
];

function execute(sql: string): Record<string, unknown> {
  const match = SESSION_VALUES.find(([pattern]) => pattern.test(sql));
  if (!match) return { numberOfRecordsUpdated: 0, records: [], columnMetadata: [] };
  const [, column, value] = match;
  return {
    numberOfRecordsUpdated: 0,
    columnMetadata: [{ name: column, label: column, typeName: "text" }],
    records: [[{ stringValue: value }]],
  };
}

function reply(operation: string, body: Record<string, unknown>): Record<string, unknown> {
  switch (operation) {
    case "BeginTransaction":
      return { transactionId: "tx-1" };
    case "CommitTransaction":
      return { transactionStatus: "Transaction Committed" };
    case "RollbackTransaction":
      return { transactionStatus: "Rollback Complete" };
    case "BatchExecute":
      return { updateResults: [] };
    default:
      return execute(typeof body.sql === "string" ? body.sql : "");
  }
}

export async function startFakeDataApi(): Promise<FakeDataApi> {
  const calls: DataApiCall[] = [];
  const server: Server = createServer((request, response) => {
    void readJson(request).then((body) => {
      const operation = (request.url ?? "/").replace(/^\//, "");
      calls.push({ operation, body });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(reply(operation, body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
