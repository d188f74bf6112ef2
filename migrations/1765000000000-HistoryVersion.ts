import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One counter that every write to `tasks` or `completions` moves on, in the writing
 * transaction: what the app computes from the whole history (best streaks) is cached under it
 * and recomputed only after a write. The trigger runs BEFORE each statement, so every writer
 * takes the counter's row lock before any task or completion row lock: writers queue on it and
 * cannot deadlock each other over it.
 */
export class HistoryVersion1765000000000 implements MigrationInterface {
  name = "HistoryVersion1765000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE history_version (
         id boolean PRIMARY KEY DEFAULT true CONSTRAINT history_version_one_row CHECK (id),
         version bigint NOT NULL DEFAULT 0
       )`,
    );
    await queryRunner.query(`INSERT INTO history_version DEFAULT VALUES`);
    await queryRunner.query(
      `CREATE FUNCTION bump_history_version() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE history_version SET version = version + 1;
         RETURN NULL;
       END
       $$`,
    );
    for (const table of ["tasks", "completions"]) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_history_version
           BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION bump_history_version()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["tasks", "completions"]) {
      await queryRunner.query(`DROP TRIGGER ${table}_history_version ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION bump_history_version()`);
    await queryRunner.query(`DROP TABLE history_version`);
  }
}
