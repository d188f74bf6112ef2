import { z } from "zod";
import { calorieAddSchema, calorieTotalSchema } from "@/domain/calories";
import { dayPageSchema } from "@/schemas/page";
import {
  addCalories,
  clearCalories,
  getCalorieDay,
  listCaloriePage,
  setCalories,
} from "../../../services/calories/calories";
import { endpoint } from "../endpoint";
import {
  baseVersionField,
  baseVersionQuery,
  dateParams,
  dayField,
  deletedSchema,
  pageOf,
  versionField,
} from "./common";

const calorieDaySchema = z
  .object({
    date: dayField,
    kcal: z.number().int().nullable().meta({ description: "The day's total; null: none logged." }),
    version: versionField,
  })
  .meta({ id: "CalorieDay" });

export const listCalories = endpoint({
  method: "GET",
  path: "/calories",
  operationId: "listCalories",
  tag: "Calories",
  summary: "List logged day totals, newest first",
  access: "read",
  query: dayPageSchema,
  response: pageOf(calorieDaySchema, "CalorieDayPage"),
  errors: [],
  handle: ({ db, query }) => listCaloriePage(db, query),
});

export const getCalories = endpoint({
  method: "GET",
  path: "/calories/{date}",
  operationId: "getCalories",
  tag: "Calories",
  summary: "Read a day's calorie total",
  access: "read",
  params: dateParams,
  response: calorieDaySchema,
  errors: [],
  async handle({ db, params }) {
    return { date: params.date, ...(await getCalorieDay(db, { day: params.date })) };
  },
});

export const putCalories = endpoint({
  method: "PUT",
  path: "/calories/{date}",
  operationId: "putCalories",
  tag: "Calories",
  summary: "Set a day's calorie total",
  access: "write",
  params: dateParams,
  body: z.object({ kcal: calorieTotalSchema, baseVersion: baseVersionField }),
  response: calorieDaySchema,
  errors: [409, 422],
  async handle({ db, now, params, body }) {
    await setCalories(db, { day: params.date, ...body }, now);
    return { date: params.date, ...(await getCalorieDay(db, { day: params.date })) };
  },
});

export const deleteCalories = endpoint({
  method: "DELETE",
  path: "/calories/{date}",
  operationId: "deleteCalories",
  tag: "Calories",
  summary: "Clear a day's calorie total",
  access: "write",
  params: dateParams,
  query: baseVersionQuery,
  response: deletedSchema,
  errors: [409, 422],
  async handle({ db, now, params, query }) {
    const previous = await clearCalories(db, { day: params.date, ...query }, now);
    return { deleted: previous !== null };
  },
});

export const addDayCalories = endpoint({
  method: "POST",
  path: "/calories/{date}/add",
  operationId: "addCalories",
  tag: "Calories",
  summary: "Quick-add calories to a day's total",
  description:
    "Adds atomically: two adds at once both count. Send an Idempotency-Key so a resent request adds once.",
  access: "write",
  idempotent: true,
  params: dateParams,
  body: z.object({ kcal: calorieAddSchema }),
  response: z
    .object({
      date: dayField,
      total: z.number().int(),
      previous: z.number().int().nullable().meta({ description: "The total before (null: none)." }),
    })
    .meta({ id: "CalorieAdd" }),
  errors: [409, 422],
  async handle({ db, now, params, body }) {
    return { date: params.date, ...(await addCalories(db, { day: params.date, ...body }, now)) };
  },
});
