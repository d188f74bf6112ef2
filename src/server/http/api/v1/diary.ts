import { z } from "zod";
import { diaryContentSchema } from "@/schemas/diary";
import { storableString } from "@/schemas/text";
import {
  deleteDiary,
  DIARY_SEARCH_LIMIT,
  getDiary,
  searchDiary,
  writeDiary,
} from "../../../services/diary/diary";
import { UserError } from "../../user-error";
import { endpoint } from "../endpoint";
import {
  baseVersionField,
  baseVersionQuery,
  dateParams,
  dayField,
  deletedSchema,
  instantField,
  versionField,
} from "./common";

const diaryEntrySchema = z
  .object({
    date: dayField,
    content: z.string().meta({ description: "Markdown." }),
    updatedAt: instantField,
    version: versionField,
  })
  .meta({ id: "DiaryEntry" });

export const getDiaryEntry = endpoint({
  method: "GET",
  path: "/diary/{date}",
  operationId: "getDiary",
  tag: "Diary",
  summary: "Read a day's diary entry",
  access: "read",
  params: dateParams,
  response: diaryEntrySchema,
  errors: [404],
  async handle({ db, params }) {
    const entry = await getDiary(db, { day: params.date });
    if (!entry) throw new UserError(`There is no diary entry on ${params.date}.`, 404);
    return entry;
  },
});

export const putDiaryEntry = endpoint({
  method: "PUT",
  path: "/diary/{date}",
  operationId: "putDiary",
  tag: "Diary",
  summary: "Write a day's diary entry (blank text removes it)",
  access: "write",
  params: dateParams,
  body: z.object({
    content: diaryContentSchema.meta({ description: "Markdown, at most 100,000 characters." }),
    baseVersion: baseVersionField,
  }),
  response: z
    .object({ date: dayField, savedAt: instantField, version: versionField })
    .meta({ id: "DiarySaved" }),
  errors: [409, 422],
  async handle({ db, now, params, body }) {
    const saved = await writeDiary(db, { day: params.date, ...body }, now);
    return { date: saved.day, savedAt: saved.savedAt, version: saved.version };
  },
});

export const deleteDiaryEntry = endpoint({
  method: "DELETE",
  path: "/diary/{date}",
  operationId: "deleteDiary",
  tag: "Diary",
  summary: "Delete a day's diary entry",
  access: "write",
  params: dateParams,
  query: baseVersionQuery,
  response: deletedSchema,
  errors: [409, 422],
  async handle({ db, now, params, query }) {
    return { deleted: await deleteDiary(db, { day: params.date, ...query }, now) };
  },
});

export const searchDiaryEntries = endpoint({
  method: "GET",
  path: "/diary/search",
  operationId: "searchDiary",
  tag: "Diary",
  summary: `Search the diary: the best ${DIARY_SEARCH_LIMIT} matches`,
  description: "Words match as prefixes (full-text search); other text matches anywhere.",
  access: "read",
  query: z.object({
    q: storableString({ error: "Send the words to look for as q." })
      .max(200, "Search for at most 200 characters.")
      .meta({ description: "The words to look for." }),
  }),
  response: z
    .object({
      terms: z.array(z.string()),
      hits: z.array(
        z.object({
          date: dayField,
          rank: z.number(),
          snippet: z
            .array(z.object({ text: z.string(), match: z.boolean() }))
            .meta({ description: "The text around the match, matching parts marked." }),
        }),
      ),
    })
    .meta({ id: "DiarySearch" }),
  errors: [],
  handle: ({ db, query }) => searchDiary(db, { query: query.q }),
});
