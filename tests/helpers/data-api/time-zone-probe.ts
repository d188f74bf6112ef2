/**
 * Runs in a child process with a non-UTC TZ (see tests/integration/data-api/instants.test.ts):
 * writes instants and calendar days through the app's aurora-postgres DataSource, reads them
 * back, and prints what came back as one JSON line.
 */
import { DataSource } from "typeorm";
import { CalorieEntryEntity, SettingEntity } from "../../../src/server/db/entities";
import { dataSourceOptions } from "../../../src/server/db/options";
import type { DatabaseTarget } from "../../../src/server/db/target";

export interface ProbeInput {
  target: DatabaseTarget;
  /** ISO instants to store, e.g. just before a DST jump in the probe's zone. */
  instants: string[];
  day: string;
}

export interface ProbeOutput {
  timeZone: string;
  rawInstants: string[];
  entityInstant: string;
  rawDay: string;
  entityDay: string;
}

async function probe(input: ProbeInput): Promise<ProbeOutput> {
  const db = new DataSource(dataSourceOptions(input.target));
  await db.initialize();
  try {
    for (const [index, instant] of input.instants.entries()) {
      await db.query(
        `INSERT INTO tasks (title, period, scheduled_date, created_at) VALUES ($1::text, 'once', $2::date, $3)`,
        [`probe ${index}`, input.day, new Date(instant)],
      );
    }
    const rows: Array<{ created_at: Date; scheduled_date: string }> = await db.query(
      `SELECT created_at, scheduled_date FROM tasks WHERE title LIKE 'probe %' ORDER BY id`,
    );
    const [first] = input.instants;
    // insert() and find() without a where: find options would bind their values untyped.
    await db
      .getRepository(SettingEntity)
      .insert({ key: "probe", value: "1", updatedAt: new Date(first ?? "") });
    const [setting] = await db.getRepository(SettingEntity).find();
    await db.getRepository(CalorieEntryEntity).insert({ date: input.day, calories: 1 });
    const [entry] = await db.getRepository(CalorieEntryEntity).find();
    return {
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      rawInstants: rows.map((row) => row.created_at.toISOString()),
      entityInstant: setting?.updatedAt.toISOString() ?? "",
      rawDay: rows[0]?.scheduled_date ?? "",
      entityDay: entry?.date ?? "",
    };
  } finally {
    await db.destroy();
  }
}

void probe(JSON.parse(process.env.PROBE_INPUT ?? "{}") as ProbeInput).then(
  (output) => process.stdout.write(`${JSON.stringify(output)}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
