"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { ImportReport, ImportStreamLine, RejectedRow } from "@/types/data";

export type ImportState =
  | { phase: "idle" }
  | { phase: "sending" }
  | { phase: "writing"; done: number; total: number }
  | { phase: "done"; report: ImportReport; backup: string | null }
  | { phase: "failed"; message: string; rejected: RejectedRow[] };

const LOST =
  "The connection was lost before the import finished. Reload to see what Tracker holds.";

async function readLines(response: Response, onLine: (line: ImportStreamLine) => void) {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) if (line.trim() !== "") onLine(JSON.parse(line) as ImportStreamLine);
  }
}

/** Runs an import request and follows its progress stream to the report (or the reasons). */
export function useImport() {
  const router = useRouter();
  const [state, setState] = useState<ImportState>({ phase: "idle" });
  const run = useCallback(
    async (url: string, body?: Blob) => {
      setState({ phase: "sending" });
      try {
        const response = await fetch(url, {
          method: "POST",
          body,
          headers: { "content-type": "application/json" },
        });
        if (!response.ok) {
          const error = (await response.json().catch(() => null)) as {
            error?: string;
            rejected?: RejectedRow[];
          } | null;
          const message = error?.error ?? `The import failed (HTTP ${response.status}).`;
          setState({ phase: "failed", message, rejected: error?.rejected ?? [] });
          return;
        }
        let finished = false;
        await readLines(response, (line) => {
          if (line.type === "progress")
            setState({ phase: "writing", done: line.done, total: line.total });
          if (line.type === "report") {
            finished = true;
            setState({ phase: "done", report: line.report, backup: line.backup });
          }
          if (line.type === "error") {
            finished = true;
            setState({ phase: "failed", message: line.message, rejected: line.rejected ?? [] });
          }
        });
        if (!finished) setState({ phase: "failed", message: LOST, rejected: [] });
        router.refresh();
      } catch {
        setState({ phase: "failed", message: LOST, rejected: [] });
      }
    },
    [router],
  );
  const busy = state.phase === "sending" || state.phase === "writing";
  return { state, run, busy, reset: () => setState({ phase: "idle" }) };
}
