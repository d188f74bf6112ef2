import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DataApiServiceError, badRequest, databaseResuming, fromPostgresError } from "./errors";
import { DataApiOperations, type DataApiStandInOptions, type RequestBody } from "./operations";

export type { DataApiStandInOptions } from "./operations";

export interface DataApiStandIn {
  /** Give it to the SDK as `endpoint`. */
  readonly endpoint: string;
  /** Signed requests received so far (each SDK attempt counts). */
  readonly requests: number;
  /** Requests answered with DatabaseResumingException so far. */
  readonly resumingAnswers: number;
  /** Pauses the "cluster": the next `requests` requests get DatabaseResumingException. */
  pause(requests: number): void;
  close(): Promise<void>;
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

/** Errors go out as restJson1 services send them: x-amzn-ErrorType plus `{ message, code }`. */
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
 * Transaction) backed by real PostgreSQL, for tests of the app's Aurora path. Requests must
 * be SigV4-signed, but the signature is not verified. docs/data-api.md lists its fidelity.
 */
export async function startDataApiStandIn(options: DataApiStandInOptions): Promise<DataApiStandIn> {
  const operations = new DataApiOperations(options);
  let stillResuming = options.resumingRequests ?? 0;
  const counts = { requests: 0, resuming: 0 };
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
        counts.requests += 1;
        if (stillResuming > 0) {
          stillResuming -= 1;
          counts.resuming += 1;
          throw databaseResuming(options.resourceArn);
        }
        send(response, 200, await operations.handle(request.url ?? "/", body));
      } catch (error) {
        const failure = fromPostgresError(error);
        // The resume error's only modelled member is `message`; the SDK names it by the header.
        const resuming = failure.type === "DatabaseResumingException";
        const body = resuming
          ? { message: failure.message }
          : { message: failure.message, code: failure.type };
        send(response, failure.status, body, failure.type);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    get requests() {
      return counts.requests;
    },
    get resumingAnswers() {
      return counts.resuming;
    },
    pause(requests: number) {
      stillResuming = requests;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await operations.close();
    },
  };
}
