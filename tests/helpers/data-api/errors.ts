import type { DatabaseError } from "pg";

/**
 * An error as the RDS Data API reports it: an HTTP status, the exception name the AWS SDK
 * turns into a typed exception (header `x-amzn-ErrorType` and body `code`), and a message.
 */
export class DataApiServiceError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

export const badRequest = (message: string) =>
  new DataApiServiceError("BadRequestException", 400, message);

export const transactionNotFound = (id: string) =>
  new DataApiServiceError("TransactionNotFoundException", 404, `Transaction ${id} is not found`);

/**
 * What a paused Aurora Serverless v2 cluster answers while it wakes up. The SDK models it as a
 * client error (HTTP 400) whose only member is `message` (@aws-sdk/client-rds-data).
 */
export const databaseResuming = (resourceArn: string) =>
  new DataApiServiceError(
    "DatabaseResumingException",
    400,
    `The Aurora DB instance ${resourceArn} is resuming after being auto-paused. ` +
      "Please wait a few seconds and try again.",
  );

export const databaseError = (message: string) =>
  new DataApiServiceError("DatabaseErrorException", 400, message);

export const unsupportedResult = (typeName: string) =>
  new DataApiServiceError(
    "UnsupportedResultException",
    400,
    `The result contains the unsupported data type ${typeName}.`,
  );

function isDatabaseError(error: unknown): error is DatabaseError {
  return error instanceof Error && typeof (error as { severity?: unknown }).severity === "string";
}

/**
 * PostgreSQL's error in the service's wording (the JDBC rendering plus the SQLSTATE), e.g.
 * `ERROR: duplicate key value violates unique constraint "x"\n  Detail: Key ...; SQLState: 23505`.
 */
export function fromPostgresError(error: unknown): DataApiServiceError {
  if (error instanceof DataApiServiceError) return error;
  if (!isDatabaseError(error)) {
    return new DataApiServiceError("InternalServerErrorException", 500, "InternalServerError");
  }
  const lines = [`${error.severity ?? "ERROR"}: ${error.message}`];
  if (error.detail) lines.push(`  Detail: ${error.detail}`);
  if (error.hint) lines.push(`  Hint: ${error.hint}`);
  if (error.position) lines.push(`  Position: ${error.position}`);
  if (error.where) lines.push(`  Where: ${error.where}`);
  return databaseError(`${lines.join("\n")}; SQLState: ${error.code ?? "XX000"}`);
}
