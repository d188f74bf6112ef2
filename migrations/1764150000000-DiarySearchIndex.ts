import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Full-text search over diary entries. An expression index: a query uses it only when it
 * repeats the expression exactly, `to_tsvector('simple', content)` (see the diary service).
 */
export class DiarySearchIndex1764150000000 implements MigrationInterface {
  name = "DiarySearchIndex1764150000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX diary_entries_content_search_idx
         ON diary_entries USING gin (to_tsvector('simple', content))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX diary_entries_content_search_idx`);
  }
}
