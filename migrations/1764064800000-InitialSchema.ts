import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The seed's seven entities plus login throttling. Valid on PostgreSQL 13 and later, the
 * documented floor (tested on Debian's server, Aurora 15-17 and PGlite's 18).
 */
export class InitialSchema1764064800000 implements MigrationInterface {
  name = "InitialSchema1764064800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        password_hash text NOT NULL,
        session_version integer NOT NULL DEFAULT 1,
        singleton boolean NOT NULL DEFAULT true CONSTRAINT users_single_owner UNIQUE
          CONSTRAINT users_singleton_true CHECK (singleton),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE tasks (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        title text NOT NULL CONSTRAINT tasks_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
        period text NOT NULL
          CONSTRAINT tasks_period_known CHECK (period IN ('daily', 'weekly', 'monthly', 'once')),
        target_count integer NOT NULL DEFAULT 1
          CONSTRAINT tasks_target_range CHECK (target_count BETWEEN 1 AND 1000),
        active boolean NOT NULL DEFAULT true,
        sort_order integer NOT NULL DEFAULT 0,
        scheduled_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT tasks_once_has_date CHECK ((period = 'once') = (scheduled_date IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX tasks_sort_active_scheduled_idx ON tasks (sort_order, active, scheduled_date)`,
    );
    await queryRunner.query(`
      CREATE TABLE completions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        task_id bigint REFERENCES tasks (id) ON DELETE SET NULL,
        title_snapshot text NOT NULL,
        date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX completions_task_date_idx ON completions (task_id, date)`,
    );
    await queryRunner.query(`CREATE INDEX completions_date_idx ON completions (date)`);
    await queryRunner.query(`
      CREATE TABLE calorie_entries (
        date date PRIMARY KEY,
        calories integer NOT NULL CONSTRAINT calorie_entries_range CHECK (calories BETWEEN 0 AND 20000),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE weight_entries (
        date date PRIMARY KEY,
        weight numeric(8, 4) NOT NULL CONSTRAINT weight_entries_range CHECK (weight > 0 AND weight < 1000),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE diary_entries (
        date date PRIMARY KEY,
        content text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE settings (
        key text PRIMARY KEY,
        value text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE login_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        client_key text NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX login_attempts_client_time_idx ON login_attempts (client_key, attempted_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      "login_attempts",
      "settings",
      "diary_entries",
      "weight_entries",
      "calorie_entries",
      "completions",
      "tasks",
      "users",
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
