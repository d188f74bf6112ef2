import { z } from "zod";
import type { IsoDate } from "@/domain/calendar";
import { column, selectRow, selectRows, type Queryable } from "../../db/rows";
import { entryRowSchema } from "./diary-store";

/** An entry longer than this is read in pieces of this many characters (64 KB per row). */
const PIECE = 8000;
/** Characters per statement: under the Data API's 1 MiB per answer even in 4-byte characters. */
const PAGE = 100_000;
const lengthRowSchema = z.object({ date: column.date, length: column.integer });
const pieceRowSchema = z.object({ piece: column.text });

async function readLongEntry(db: Queryable, date: IsoDate, length: number): Promise<string> {
  let content = "";
  for (let from = 1; from <= length; from += PIECE) {
    const row = await selectRow(
      db,
      pieceRowSchema,
      `SELECT substr(content, $2::integer, ${PIECE}) AS piece FROM diary_entries WHERE date = $1::date`,
      [date, from],
    );
    content += row?.piece ?? "";
  }
  return content;
}

/**
 * Every entry, oldest first, for the export: short entries a page of days at a time, long ones
 * in pieces, so years of entries and an entry of 100,000 characters pass the Data API's limits
 * (64 KB per row, 1 MiB per answer).
 */
export async function listAllDiaryEntries(
  db: Queryable,
): Promise<Array<{ date: IsoDate; content: string }>> {
  const lengths = await selectRows(
    db,
    lengthRowSchema,
    `SELECT date::text AS date, length(content)::integer AS length FROM diary_entries ORDER BY date`,
  );
  const entries: Array<{ date: IsoDate; content: string }> = [];
  let index = 0;
  while (index < lengths.length) {
    const first = lengths[index];
    if (!first) break;
    if (first.length > PIECE) {
      entries.push({
        date: first.date,
        content: await readLongEntry(db, first.date, first.length),
      });
      index += 1;
      continue;
    }
    let last = index;
    let size = first.length;
    for (
      let next = lengths[last + 1];
      next && next.length <= PIECE && size + next.length <= PAGE;
      next = lengths[last + 1]
    ) {
      size += next.length;
      last += 1;
    }
    entries.push(
      ...(await selectRows(
        db,
        entryRowSchema.pick({ date: true, content: true }),
        `SELECT date::text AS date, content FROM diary_entries
          WHERE date BETWEEN $1::date AND $2::date ORDER BY date`,
        [first.date, lengths[last]?.date ?? first.date],
      )),
    );
    index = last + 1;
  }
  return entries;
}
