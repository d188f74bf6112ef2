import { randomBytes } from "node:crypto";
import type { PoolClient } from "pg";
import { databaseError, transactionNotFound } from "./errors";

/** The service rolls a transaction back when no call used it for three minutes. */
const IDLE_TIMEOUT_MS = 3 * 60 * 1000;

const guarded = new WeakSet<PoolClient>();

interface OpenTransaction {
  readonly client: PoolClient;
  readonly database: string;
  busy: boolean;
  timer: NodeJS.Timeout;
}

/** Open transactions by id: each keeps one pooled connection until commit or rollback. */
export class TransactionRegistry {
  private readonly open = new Map<string, OpenTransaction>();

  async begin(client: PoolClient, database: string): Promise<string> {
    try {
      await client.query("BEGIN");
    } catch (error) {
      client.release(true);
      throw error;
    }
    if (!guarded.has(client)) {
      // A test may drop the database under an open transaction; that is not a server failure.
      client.on("error", () => undefined);
      guarded.add(client);
    }
    const id = randomBytes(36).toString("base64");
    this.open.set(id, { client, database, busy: false, timer: this.idleTimer(id) });
    return id;
  }

  /** Runs `work` on the transaction's connection; one statement at a time, like the service. */
  async use<T>(id: string, work: (client: PoolClient, database: string) => Promise<T>): Promise<T> {
    const transaction = this.open.get(id);
    if (!transaction) throw transactionNotFound(id);
    if (transaction.busy) throw databaseError("Transaction is still running a query");
    transaction.busy = true;
    clearTimeout(transaction.timer);
    try {
      return await work(transaction.client, transaction.database);
    } finally {
      transaction.busy = false;
      transaction.timer = this.idleTimer(id);
    }
  }

  /** Ends the transaction with COMMIT or ROLLBACK and gives its connection back. */
  async finish(id: string, command: "COMMIT" | "ROLLBACK"): Promise<void> {
    const transaction = this.open.get(id);
    if (!transaction) throw transactionNotFound(id);
    if (transaction.busy) throw databaseError("Transaction is still running a query");
    this.open.delete(id);
    clearTimeout(transaction.timer);
    try {
      const result = await transaction.client.query(command);
      if (command === "COMMIT" && result.command === "ROLLBACK") {
        throw databaseError(
          "The database returned ROLLBACK, so the transaction cannot be committed.",
        );
      }
    } finally {
      transaction.client.release();
    }
  }

  /** Drops every open transaction; closing its connection rolls it back. */
  closeAll(): void {
    for (const [id, transaction] of this.open) {
      this.open.delete(id);
      clearTimeout(transaction.timer);
      transaction.client.release(true);
    }
  }

  private idleTimer(id: string): NodeJS.Timeout {
    const timer = setTimeout(
      () => void this.finish(id, "ROLLBACK").catch(() => undefined),
      IDLE_TIMEOUT_MS,
    );
    timer.unref();
    return timer;
  }
}
