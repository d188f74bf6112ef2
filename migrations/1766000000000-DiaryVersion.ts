import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A version on every diary entry, so a save made from an older copy (another tab or device)
 * is refused instead of overwriting newer text. Every write that creates the entry or changes
 * its text takes the next number of one sequence, in a trigger: Today's "add a line" and an
 * import move it too, and a number is never handed out twice, so an entry that was removed and
 * written again can never match a version an old copy still holds.
 */
export class DiaryVersion1766000000000 implements MigrationInterface {
  name = "DiaryVersion1766000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE diary_entries ADD COLUMN version integer NOT NULL DEFAULT 1`,
    );
    // Existing entries hold version 1; the sequence starts above it.
    await queryRunner.query(`CREATE SEQUENCE diary_entry_version AS integer START 2`);
    await queryRunner.query(
      `CREATE FUNCTION next_diary_entry_version() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' OR NEW.content IS DISTINCT FROM OLD.content THEN
           NEW.version := nextval('diary_entry_version');
         ELSE
           NEW.version := OLD.version;
         END IF;
         RETURN NEW;
       END
       $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER diary_entries_version BEFORE INSERT OR UPDATE ON diary_entries
         FOR EACH ROW EXECUTE FUNCTION next_diary_entry_version()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER diary_entries_version ON diary_entries`);
    await queryRunner.query(`DROP FUNCTION next_diary_entry_version()`);
    await queryRunner.query(`DROP SEQUENCE diary_entry_version`);
    await queryRunner.query(`ALTER TABLE diary_entries DROP COLUMN version`);
  }
}
