import type { MigrationInterface, QueryRunner } from "typeorm";

/** The tables an owner edits in forms, and the columns whose change is not an edit. */
const VERSIONED: ReadonlyArray<{ table: string; ignored: readonly string[] }> = [
  { table: "weight_entries", ignored: [] },
  { table: "calorie_entries", ignored: [] },
  { table: "tasks", ignored: ["sort_order"] },
  { table: "settings", ignored: [] },
];

/**
 * A version on every record the owner can edit in two places at once (a weight day, a calorie
 * day, a task, a setting), as the diary has one (DiaryVersion): a save made from an older copy
 * is refused instead of overwriting newer values. A trigger gives each insert, and each update
 * that changes more than the ignored columns, the next number of one sequence, so a number is
 * never handed out twice and a removed and re-created record never matches an old copy.
 */
export class RecordVersions1767000000000 implements MigrationInterface {
  name = "RecordVersions1767000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE record_version AS integer START 2`);
    // TG_ARGV: the columns that may change without a new version (besides version, updated_at).
    await queryRunner.query(
      `CREATE FUNCTION next_record_version() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         ignored text[] := TG_ARGV || ARRAY['version', 'updated_at'];
       BEGIN
         IF TG_OP = 'INSERT' OR (to_jsonb(NEW) - ignored) IS DISTINCT FROM (to_jsonb(OLD) - ignored)
         THEN
           NEW.version := nextval('record_version');
         ELSE
           NEW.version := OLD.version;
         END IF;
         RETURN NEW;
       END
       $$`,
    );
    for (const { table, ignored } of VERSIONED) {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN version integer NOT NULL DEFAULT 1`);
      const args = ignored.map((column) => `'${column}'`).join(", ");
      await queryRunner.query(
        `CREATE TRIGGER ${table}_version BEFORE INSERT OR UPDATE ON ${table}
           FOR EACH ROW EXECUTE FUNCTION next_record_version(${args})`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of VERSIONED) {
      await queryRunner.query(`DROP TRIGGER ${table}_version ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN version`);
    }
    await queryRunner.query(`DROP FUNCTION next_record_version()`);
    await queryRunner.query(`DROP SEQUENCE record_version`);
  }
}
