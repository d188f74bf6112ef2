import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { DataApiServiceError, badRequest, fromPostgresError } from "./errors";
import { executeStatement, type StatementRequest } from "./statements";
import { TransactionRegistry } from "./transactions";
import { TypeCatalog } from "./type-catalog";

export interface DataApiStandInOptions {
  /** A postgres:// URL for a database on the server the stand-in fronts. */
  connectionString: (database: string) => string;
  resourceArn: string;
  secretArn: string;
  /** Used when a request names no database. */
  defaultDatabase: string;
}

export interface DataApiStandIn {
  /** Give it to the SDK as `endpoint`. */
  readonly endpoint: string;
  close(): Promise<void>;
}

interface RequestBody extends StatementRequest {
  resourceArn?: string;
  secretArn?: string;
  database?: string;
  transactionId?: string;
  parameterSets?: StatementRequest["parameters"][];
}

const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
const SIGV4 = /^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/[a-z0-9-]+\/rds-data\/aws4_request,/;

async function readBody(request: IncomingMessage): Promise<RequestBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw badRequest("Request size exceeded the 4 MiB limit");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return (text ? JSON.parse(text) : {}) as RequestBody;
  } catch {
    throw badRequest("Request body is not valid JSON");
  }
}

function send(response: ServerResponse, status: number, body: unknown, errorType?: string) {
  response.writeHead(status, {
    "content-type": "application/json",
    "x-amzn-requestid": randomUUID(),
    ...(errorType ? { "x-amzn-errortype": errorType } : {}),
  });
  response.end(JSON.stringify(body));
}

/**
 * A local RDS Data API (ExecuteStatement, BatchExecuteStatement, Begin/Commit/Rollback
 * Transaction) backed by real PostgreSQL, for tests of the app's Aurora path. It checks
 * that requests are SigV4-signed but not the signature. See docs/data-api.md for fidelity.
 */
export async function startDataApiStandIn(options: DataApiStandInOptions): Promise<DataApiStandIn> {
  const pools = new Map<string, { pool: pg.Pool; catalog: TypeCatalog }>();
  const transactions = new TransactionRegistry();

  function database(name: string | undefined) {
    const key = name ?? options.defaultDatabase;
    let entry = pools.get(key);
    if (!entry) {
      // Aurora's sessions run in UTC unless the cluster's parameter group says otherwise.
      const pool = new pg.Pool({
        connectionString: options.connectionString(key),
        options: "-c TimeZone=UTC -c DateStyle=ISO",
        max: 10,
      });
      // A test may drop the database under an idle connection; that is not a server failure.
      pool.on("error", () => undefined);
      entry = { pool, catalog: new TypeCatalog() };
      pools.set(key, entry);
    }
    return entry;
  }

  async function autocommit<T>(
    name: string | undefined,
    work: (client: pg.PoolClient, catalog: TypeCatalog) => Promise<T>,
  ) {
    const { pool, catalog } = database(name);
    const client = await pool.connect();
    try {
      return await work(client, catalog);
    } finally {
      client.release();
    }
  }

  async function statement(
    body: RequestBody,
    run: (client: pg.PoolClient, catalog: TypeCatalog) => Promise<unknown>,
  ) {
    if (!body.transactionId) return autocommit(body.database, run);
    return transactions.use(body.transactionId, (client, name) =>
      run(client, database(name).catalog),
    );
  }

  async function handle(operation: string, body: RequestBody): Promise<unknown> {
    if (body.resourceArn !== options.resourceArn) {
      throw new DataApiServiceError(
        "BadRequestException",
        400,
        `HttpEndpoint is not enabled for resource ${String(body.resourceArn)}`,
      );
    }
    if (body.secretArn !== options.secretArn) throw badRequest("Invalid secretArn");
    switch (operation) {
      case "/Execute":
        return statement(body, (client, catalog) => executeStatement(client, catalog, body));
      case "/BatchExecute":
        return statement(body, async (client, catalog) => {
          const sets = body.parameterSets ?? [];
          for (const parameters of sets)
            await executeStatement(client, catalog, { sql: body.sql, parameters });
          return { updateResults: sets.map(() => ({ generatedFields: [] })) };
        });
      case "/BeginTransaction": {
        const name = body.database ?? options.defaultDatabase;
        const client = await database(name).pool.connect();
        return { transactionId: await transactions.begin(client, name) };
      }
      case "/CommitTransaction":
        await transactions.finish(String(body.transactionId), "COMMIT");
        return { transactionStatus: "Transaction Committed" };
      case "/RollbackTransaction":
        await transactions.finish(String(body.transactionId), "ROLLBACK");
        return { transactionStatus: "Rollback Complete" };
      default:
        throw new DataApiServiceError(
          "UnknownOperationException",
          404,
          `Unknown operation ${operation}`,
        );
    }
  }

  const server = createServer((request, response) => {
    void (async () => {
      try {
        if (request.method !== "POST") throw badRequest("Only POST is supported");
        if (!SIGV4.test(request.headers.authorization ?? "")) {
          throw new DataApiServiceError(
            "MissingAuthenticationTokenException",
            403,
            "Missing Authentication Token",
          );
        }
        const body = await readBody(request);
        send(response, 200, await handle(request.url ?? "/", body));
      } catch (error) {
        const failure = fromPostgresError(error);
        send(
          response,
          failure.status,
          { message: failure.message, code: failure.type },
          failure.type,
        );
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    async close() {
      await transactions.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...pools.values()].map(({ pool }) => pool.end()));
    },
  };
}
