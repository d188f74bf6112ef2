import { readFile } from "node:fs/promises";
import { backupPath } from "@/server/backups/backup-files";
import { localBackupDir } from "@/server/backups/local-backups";
import { getConfig } from "@/server/config";
import { ownerMethodNotAllowed, ownerRoute } from "@/server/http/owner-route";
import { jsonError } from "@/server/http/route";

export const dynamic = "force-dynamic";

/** Settings > Data > Backups: download one backup file. */
export const GET = ownerRoute<{ params: Promise<{ name: string }> }>(
  "data.backup",
  async (_request, { params }) => {
    const dir = localBackupDir(getConfig());
    if (!dir) return jsonError(404, "This installation keeps no local backups.");
    const { name } = await params;
    const path = backupPath(dir, name);
    try {
      return new Response(await readFile(path), {
        headers: {
          "content-type": "application/json; charset=utf-8",
          "content-disposition": `attachment; filename="${name}"`,
        },
      });
    } catch {
      return jsonError(404, "That backup does not exist.");
    }
  },
);

export const POST = ownerMethodNotAllowed("data.backup", "GET");
