import { requireLocalBackupDir, takeBackup } from "@/server/backups/local-backups";
import { getConfig } from "@/server/config";
import { ownerMethodNotAllowed, ownerRoute } from "@/server/http/owner-route";
import { getRequestScope } from "@/server/request-scope";

export const dynamic = "force-dynamic";

/** Settings > Data > Back up now. */
export const POST = ownerRoute("data.backup-now", async () => {
  const dir = requireLocalBackupDir(getConfig());
  const { db, now } = await getRequestScope();
  return Response.json(await takeBackup(db, dir, "manual", now), { status: 201 });
});

export const GET = ownerMethodNotAllowed("data.backup-now", "POST");
