import { z } from "zod";
import { column, selectRow, selectRows, type Queryable } from "@/server/db/rows";

function returning(rows: unknown): Queryable {
  return { query: (async () => rows) as Queryable["query"] };
}

const schema = z.object({ id: column.id, count: column.integer, date: column.date });

describe("selectRows, the one row boundary", () => {
  it("returns the rows as the schema types them, coercing integers a driver sent as text", async () => {
    const rows = await selectRows(
      returning([{ id: "7", count: "3", date: "2026-01-31" }]),
      schema,
      "",
    );
    expect(rows).toEqual([{ id: "7", count: 3, date: "2026-01-31" }]);
  });

  it("fails loudly on a row whose column no longer fits", async () => {
    const db = returning([{ id: "7", count: 3, date: "2026-01-31T00:00:00.000Z" }]);
    await expect(selectRows(db, schema, "")).rejects.toThrow(/date/);
    await expect(
      selectRows(returning([{ id: 7, count: 1, date: "2026-01-31" }]), schema, ""),
    ).rejects.toThrow();
  });

  it("refuses a statement that returned no row list", async () => {
    await expect(selectRows(returning(undefined), schema, "")).rejects.toThrow(/Expected rows/);
  });

  it("gives the first row or null", async () => {
    expect(await selectRow(returning([]), schema, "")).toBeNull();
    const two = [
      { id: "1", count: 1, date: "2026-01-01" },
      { id: "2", count: 2, date: "2026-01-02" },
    ];
    expect(await selectRow(returning(two), schema, "")).toMatchObject({ id: "1" });
  });
});
