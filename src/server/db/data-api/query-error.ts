import { QueryFailedError } from "typeorm";

/**
 * The Data API reports PostgreSQL errors as one message:
 * `ERROR: <message>\n  Detail: <detail>\n  Hint: <hint>; SQLState: 23505`.
 * This rebuilds the fields node-postgres gives (message, code, detail, hint, constraint),
 * so code that inspects `error.code` or the constraint name works on both paths.
 */
const SQLSTATE_SUFFIX = /;\s*SQLState:\s*([0-9A-Z]{5})\s*$/;

export interface PostgresErrorFields {
  message: string;
  code: string;
  detail?: string;
  hint?: string;
  constraint?: string;
}

export function parsePostgresError(serviceMessage: string): PostgresErrorFields | undefined {
  const state = SQLSTATE_SUFFIX.exec(serviceMessage);
  if (!state?.[1]) return undefined;
  const [first = "", ...rest] = serviceMessage.slice(0, state.index).split("\n");
  const field = (label: string) =>
    rest
      .find((line) => line.trimStart().startsWith(`${label}: `))
      ?.trim()
      .slice(label.length + 2);
  const message = first.replace(/^(ERROR|FATAL|PANIC):\s*/, "");
  const fields: PostgresErrorFields = { message, code: state[1] };
  const detail = field("Detail");
  const hint = field("Hint");
  const constraint = /constraint "([^"]+)"/.exec(message)?.[1];
  if (detail) fields.detail = detail;
  if (hint) fields.hint = hint;
  if (constraint) fields.constraint = constraint;
  return fields;
}

/** Wraps a failed Data API call like TypeORM wraps a failed pg query. */
export function toQueryFailedError(
  query: string,
  parameters: readonly unknown[],
  error: unknown,
): QueryFailedError {
  const cause = error instanceof Error ? error : new Error(String(error));
  const fields = parsePostgresError(cause.message);
  // Errors that are not PostgreSQL's (resuming, throttling, network) keep the SDK's
  // exception as driverError, so callers can still tell them apart by name.
  const driverError = fields ? Object.assign(new Error(fields.message), fields, { cause }) : cause;
  return new QueryFailedError(query, [...parameters], driverError);
}
