import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Tasks: an optional unit word ("glasses") and the moment a task was archived (streaks of an
 * archived task are shown as they were on that day). Completions: the client's request id,
 * unique, so a retried or doubled tap is stored once.
 */
export class TaskUnitArchiveRequestId1764200000000 implements MigrationInterface {
  name = "TaskUnitArchiveRequestId1764200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE tasks ADD COLUMN unit text
         CONSTRAINT tasks_unit_length CHECK (char_length(unit) BETWEEN 1 AND 40)`,
    );
    await queryRunner.query(`ALTER TABLE tasks ADD COLUMN archived_at timestamptz`);
    await queryRunner.query(`UPDATE tasks SET archived_at = updated_at WHERE NOT active`);
    await queryRunner.query(
      `ALTER TABLE completions ADD COLUMN client_request_id uuid
         CONSTRAINT completions_client_request_id_key UNIQUE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE completions DROP COLUMN client_request_id`);
    await queryRunner.query(`ALTER TABLE tasks DROP COLUMN archived_at`);
    await queryRunner.query(`ALTER TABLE tasks DROP COLUMN unit`);
  }
}
