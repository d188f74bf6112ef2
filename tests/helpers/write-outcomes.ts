import { randomUUID } from "node:crypto";
import type { RunningApp } from "./app-server";
import { postPlusOne } from "./server-actions";

export interface WriteOutcome {
  phase: string;
  requestId: string;
  /** acked: the app answered ok; refused: it answered with a message; cut: no answer. */
  result: "acked" | "refused" | "cut";
  message?: string;
  ms: number;
}

/** Today's "+1" on task 1 for `day`, each with a new request id, with what the app answered. */
export class WriteLog {
  readonly outcomes: WriteOutcome[] = [];

  constructor(
    private readonly app: RunningApp,
    private readonly cookie: string,
    private readonly day: string,
  ) {}

  async plusOne(phase: string): Promise<WriteOutcome> {
    const requestId = randomUUID();
    const started = performance.now();
    let outcome: Pick<WriteOutcome, "result" | "message">;
    try {
      const input = { taskId: "1", day: this.day, requestId };
      const { body } = await postPlusOne(this.app.baseUrl, this.cookie, input);
      const message = /"ok":false,"message":"([^"]*)"/.exec(body)?.[1];
      outcome = body.includes('"ok":true') ? { result: "acked" } : { result: "refused", message };
    } catch {
      outcome = { result: "cut" }; // the connection died with the process
    }
    const done = { phase, requestId, ...outcome, ms: Math.round(performance.now() - started) };
    this.outcomes.push(done);
    return done;
  }

  ids(result: WriteOutcome["result"], phase?: string): string[] {
    return this.outcomes
      .filter((o) => o.result === result && (phase === undefined || o.phase === phase))
      .map((o) => o.requestId);
  }

  /** Acknowledged / refused / cut off writes per phase, for the report. */
  figures(): Record<string, Record<WriteOutcome["result"], number>> {
    const figures: Record<string, Record<WriteOutcome["result"], number>> = {};
    for (const { phase, result } of this.outcomes) {
      figures[phase] ??= { acked: 0, refused: 0, cut: 0 };
      figures[phase][result] += 1;
    }
    return figures;
  }
}
