import { readBackup } from "@/server/backups/backup-files";
import { requireLocalBackupDir } from "@/server/backups/local-backups";
import { getConfig } from "@/server/config";
import { ownerMethodNotAllowed, ownerRoute } from "@/server/http/owner-route";

export const dynamic = "force-dynamic";

/** Settings > Data > Backups: download one backup file. */
export const GET = ownerRoute<{ params: Promise<{ name: string }> }>(
  "data.backup",
  async (_request, { params }) => {
    const { name } = await params;
    return new Response(await readBackup(requireLocalBackupDir(getConfig()), name), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${name}"`,
      },
    });
  },
);

export const POST = ownerMethodNotAllowed("data.backup", "GET");
