import { NextResponse } from "next/server";
import { getDataSource } from "@/server/db/data-source";
import { withRequestLog } from "@/server/http/route";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 2000;

async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), TIMEOUT_MS);
  });
  const query = getDataSource()
    .then((db) => db.query("SELECT 1"))
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** 200 when the database answers within 2 s, else 503. Says nothing about versions or hosts. */
export const GET = withRequestLog("/api/health", async () => {
  const ok = await databaseAnswers();
  return NextResponse.json(
    { status: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
