import type { PoolClient } from "pg";

export interface PgType {
  readonly oid: number;
  readonly name: string;
  /** pg_type.typcategory: A array, B boolean, N numeric, D date/time, S string, U user... */
  readonly category: string;
  readonly isEnum: boolean;
  /** For arrays, the element type's OID; otherwise 0. */
  readonly elementOid: number;
}

/**
 * The scalar types the Data API documents for Aurora PostgreSQL on Serverless v2 and
 * provisioned clusters, plus enums and arrays of these. A result column of any other type
 * (`"char"`, `regtype`, `oid`, `interval`, ...) makes the real service answer
 * UnsupportedResultException, so the stand-in does the same.
 */
const SUPPORTED = new Set([
  "bool",
  "bytea",
  "date",
  "cidr",
  "inet",
  "numeric",
  "float4",
  "float8",
  "int2",
  "int4",
  "int8",
  "json",
  "jsonb",
  "text",
  "bpchar",
  "varchar",
  "name",
  "time",
  "timestamp",
  "timestamptz",
  "uuid",
]);

/** pg_type of one database, loaded once and reloaded when a migration added a type. */
export class TypeCatalog {
  private types: Map<number, PgType>;

  /** `known` seeds the catalog (unit tests); the server starts empty and loads pg_type. */
  constructor(known: readonly PgType[] = []) {
    this.types = new Map(known.map((type) => [type.oid, type]));
  }

  async lookup(client: PoolClient, oid: number): Promise<PgType> {
    let type = this.types.get(oid);
    if (!type) {
      await this.load(client);
      type = this.types.get(oid);
    }
    if (!type) throw new Error(`Unknown PostgreSQL type OID ${oid}`);
    return type;
  }

  isSupported(type: PgType): boolean {
    if (type.isEnum || SUPPORTED.has(type.name)) return true;
    const element = this.types.get(type.elementOid);
    return type.category === "A" && element !== undefined && this.isSupported(element);
  }

  element(type: PgType): PgType | undefined {
    return type.category === "A" ? this.types.get(type.elementOid) : undefined;
  }

  private async load(client: PoolClient): Promise<void> {
    const { rows } = await client.query<{
      oid: number;
      typname: string;
      typcategory: string;
      typtype: string;
      typelem: number;
    }>(
      `SELECT oid::int AS oid, typname, typcategory, typtype, typelem::int AS typelem FROM pg_type`,
    );
    this.types = new Map(
      rows.map((row) => [
        row.oid,
        {
          oid: row.oid,
          name: row.typname,
          category: row.typcategory,
          isEnum: row.typtype === "e",
          elementOid: row.typelem,
        },
      ]),
    );
  }
}
