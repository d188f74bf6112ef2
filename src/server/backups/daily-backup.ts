import type { IsoDate } from "@/domain/calendar/day";
import { listBackups, pruneBackups, writeBackup } from "./backup-files";

/** What the scheduler needs of a logger; the app's pino `logger` fits. */
export interface BackupLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export const DEFAULT_BACKUP_INTERVAL_MS = 60 * 60 * 1000;
/** The first run waits this long, so backups never slow the start itself. */
export const DEFAULT_FIRST_RUN_DELAY_MS = 30 * 1000;

/**
 * Takes today's daily backup unless one exists, then prunes by retention. Nothing is
 * written (or pruned) when today already has a daily backup.
 */
export async function ensureDailyBackup(input: {
  dir: string;
  today: IsoDate;
  now: Date;
  exportJson: () => Promise<string>;
}): Promise<{ written: string | null; pruned: string[] }> {
  const existing = await listBackups(input.dir);
  if (existing.some((backup) => backup.kind === "daily" && backup.day === input.today)) {
    return { written: null, pruned: [] };
  }
  const content = await input.exportJson();
  const { name } = await writeBackup({
    dir: input.dir,
    kind: "daily",
    day: input.today,
    now: input.now,
    content,
  });
  const pruned = await pruneBackups(input.dir, input.today, input.now);
  return { written: name, pruned };
}

/**
 * Runs `ensureDailyBackup` shortly after start and then every `intervalMs` (the timers do
 * not keep the process alive). A run never overlaps the previous one: a tick that finds a
 * run in progress is skipped. Failures are logged, never thrown; the log carries the error
 * and the file names, never the export's content.
 */
export function startDailyBackups(options: {
  dir: string;
  intervalMs?: number;
  firstRunDelayMs?: number;
  today: () => Promise<IsoDate>;
  exportJson: () => Promise<string>;
  logger: BackupLogger;
  now?: () => Date;
}): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? DEFAULT_BACKUP_INTERVAL_MS;
  const now = options.now ?? (() => new Date());
  let running: Promise<void> | null = null;
  let stopped = false;

  async function run(): Promise<void> {
    try {
      const result = await ensureDailyBackup({
        dir: options.dir,
        today: await options.today(),
        now: now(),
        exportJson: options.exportJson,
      });
      if (result.written !== null) {
        options.logger.info(
          { backup: result.written, pruned: result.pruned },
          "Daily backup written",
        );
      }
    } catch (error) {
      options.logger.error({ err: error }, "Daily backup failed");
    }
  }

  function tick(): void {
    if (stopped || running !== null) return;
    running = run().finally(() => {
      running = null;
    });
  }

  const first = setTimeout(tick, options.firstRunDelayMs ?? DEFAULT_FIRST_RUN_DELAY_MS);
  first.unref();
  const every = setInterval(tick, intervalMs);
  every.unref();

  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}
