import type { Metadata } from "next";
import Link from "next/link";
import { BackupList } from "@/components/data/backup-list";
import { ExportLinks } from "@/components/data/export-links";
import { ImportForm } from "@/components/data/import-form";
import { requireOwner } from "@/server/auth/session";
import { listBackups } from "@/server/backups/backup-files";
import { localBackupDir } from "@/server/backups/local-backups";
import { getConfig } from "@/server/config";
import { getRequestLocale } from "@/server/http/request-locale";
import { getRequestScope } from "@/server/request-scope";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";

export const metadata: Metadata = { title: "Your data" };

export default async function DataSettingsPage() {
  await requireOwner();
  const { db, now } = await getRequestScope();
  const [{ timeZone }, locale] = await Promise.all([
    loadOwnerCalendar(db, now),
    getRequestLocale(),
  ]);
  const dir = localBackupDir(getConfig());
  const backups = dir ? await listBackups(dir) : null;
  return (
    <>
      <p>
        <Link href="/settings">← Settings</Link>
      </p>
      <h1>Your data</h1>
      <div className="stack">
        <section className="card stack" aria-labelledby="export-heading">
          <h2 id="export-heading">Export</h2>
          <ExportLinks />
        </section>
        <section className="card stack" aria-labelledby="import-heading">
          <h2 id="import-heading">Import</h2>
          <ImportForm locale={locale} />
        </section>
        <section className="card stack" aria-labelledby="backups-heading">
          <h2 id="backups-heading">Backups</h2>
          {backups ? (
            <BackupList backups={backups} locale={locale} timeZone={timeZone} />
          ) : (
            <p className="muted">
              On AWS, backups are taken every day into a private S3 bucket; see the deployment
              runbook.
            </p>
          )}
        </section>
      </div>
    </>
  );
}
