import pg from "pg";
import { DataApiServiceError, badRequest } from "./errors";
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
  /**
   * Answer the first N requests with DatabaseResumingException, as a cluster paused at 0 ACU
   * does while it resumes. @default 0
   */
  resumingRequests?: number;
}

export interface RequestBody extends StatementRequest {
  resourceArn?: string;
  secretArn?: string;
  database?: string;
  transactionId?: string;
  parameterSets?: StatementRequest["parameters"][];
}

type Work<T> = (client: pg.PoolClient, catalog: TypeCatalog) => Promise<T>;

/** The five operations, on one pool per database and one connection per open transaction. */
export class DataApiOperations {
  private readonly databases = new Map<string, { pool: pg.Pool; catalog: TypeCatalog }>();
  private readonly transactions = new TransactionRegistry();

  constructor(private readonly options: DataApiStandInOptions) {}

  async handle(operation: string, body: RequestBody): Promise<unknown> {
    if (body.resourceArn !== this.options.resourceArn) {
      throw badRequest(`HttpEndpoint is not enabled for resource ${String(body.resourceArn)}`);
    }
    if (body.secretArn !== this.options.secretArn) throw badRequest("Invalid secretArn");
    switch (operation) {
      case "/Execute":
        return this.statement(body, (client, catalog) => executeStatement(client, catalog, body));
      case "/BatchExecute":
        return this.statement(body, async (client, catalog) => {
          const sets = body.parameterSets ?? [];
          for (const parameters of sets) {
            await executeStatement(client, catalog, { sql: body.sql, parameters });
          }
          return { updateResults: sets.map(() => ({ generatedFields: [] })) };
        });
      case "/BeginTransaction": {
        const name = body.database ?? this.options.defaultDatabase;
        const client = await this.database(name).pool.connect();
        return { transactionId: await this.transactions.begin(client, name) };
      }
      case "/CommitTransaction":
        await this.transactions.finish(String(body.transactionId), "COMMIT");
        return { transactionStatus: "Transaction Committed" };
      case "/RollbackTransaction":
        await this.transactions.finish(String(body.transactionId), "ROLLBACK");
        return { transactionStatus: "Rollback Complete" };
      default:
        throw new DataApiServiceError(
          "UnknownOperationException",
          404,
          `Unknown operation ${operation}`,
        );
    }
  }

  async close(): Promise<void> {
    this.transactions.closeAll();
    await Promise.all([...this.databases.values()].map(({ pool }) => pool.end()));
  }

  /** Outside a transaction each statement runs on its own and commits by itself. */
  private async statement<T>(body: RequestBody, work: Work<T>): Promise<T> {
    if (body.transactionId) {
      return this.transactions.use(body.transactionId, (client, name) =>
        work(client, this.database(name).catalog),
      );
    }
    const { pool, catalog } = this.database(body.database ?? this.options.defaultDatabase);
    const client = await pool.connect();
    try {
      return await work(client, catalog);
    } finally {
      client.release();
    }
  }

  private database(name: string) {
    let entry = this.databases.get(name);
    if (!entry) {
      const pool = new pg.Pool({
        connectionString: this.options.connectionString(name),
        // Aurora's sessions run in UTC unless the cluster's parameter group says otherwise.
        options: "-c TimeZone=UTC -c DateStyle=ISO",
        max: 10,
      });
      // A test may drop the database under an idle connection; that is not a server failure.
      pool.on("error", () => undefined);
      entry = { pool, catalog: new TypeCatalog() };
      this.databases.set(name, entry);
    }
    return entry;
  }
}
