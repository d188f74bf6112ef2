import { z } from "zod";
import { dayPageSchema } from "@/schemas/page";
import { weightDisplayValueSchema, weightUnitSchema } from "@/schemas/weight";
import type { SavedWeight } from "@/types/weight";
import {
  deleteWeight,
  getWeightOnDay,
  getWeightOverview,
  listWeightPage,
  saveWeight,
} from "../../../services/weight/weight";
import { UserError } from "../../user-error";
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

const unitField = weightUnitSchema.meta({ description: "The owner's unit (Settings)." });

const weighInSchema = z
  .object({
    date: dayField,
    weight: z.number().meta({ description: "In the owner's unit, one decimal." }),
    unit: unitField,
    weightKg: z.number(),
    version: versionField,
  })
  .meta({ id: "WeighIn" });

function toWeighIn(saved: SavedWeight): z.input<typeof weighInSchema> {
  return {
    date: saved.day,
    weight: saved.shown,
    unit: saved.unit,
    weightKg: saved.weightKg,
    version: saved.version,
  };
}

export const listWeight = endpoint({
  method: "GET",
  path: "/weight",
  operationId: "listWeight",
  tag: "Weight",
  summary: "List weigh-ins, newest first",
  access: "read",
  query: dayPageSchema,
  response: pageOf(weighInSchema, "WeighInPage"),
  errors: [],
  async handle({ db, now, query }) {
    const page = await listWeightPage(db, query, now);
    return { items: page.items.map(toWeighIn), next: page.next };
  },
});

export const getWeight = endpoint({
  method: "GET",
  path: "/weight/{date}",
  operationId: "getWeight",
  tag: "Weight",
  summary: "Read a day's weigh-in",
  access: "read",
  params: dateParams,
  response: weighInSchema,
  errors: [404],
  async handle({ db, now, params }) {
    const saved = await getWeightOnDay(db, { day: params.date }, now);
    if (!saved) throw new UserError(`There is no weigh-in on ${params.date}.`, 404);
    return toWeighIn(saved);
  },
});

export const putWeight = endpoint({
  method: "PUT",
  path: "/weight/{date}",
  operationId: "putWeight",
  tag: "Weight",
  summary: "Log or replace a day's weigh-in",
  description: "The weight is in the owner's unit (Settings). Today or an earlier day.",
  access: "write",
  params: dateParams,
  body: z.object({
    weight: weightDisplayValueSchema.meta({ description: "In the owner's unit, such as 81.5." }),
    baseVersion: baseVersionField,
  }),
  response: weighInSchema,
  errors: [409, 422],
  async handle({ db, now, params, body }) {
    const input = { day: params.date, weight: body.weight, baseVersion: body.baseVersion };
    return toWeighIn(await saveWeight(db, input, now));
  },
});

export const deleteWeightDay = endpoint({
  method: "DELETE",
  path: "/weight/{date}",
  operationId: "deleteWeight",
  tag: "Weight",
  summary: "Delete a day's weigh-in",
  access: "write",
  params: dateParams,
  query: baseVersionQuery,
  response: deletedSchema,
  errors: [409, 422],
  async handle({ db, now, params, query }) {
    const input = { day: params.date, baseVersion: query.baseVersion };
    return { deleted: await deleteWeight(db, input, now) };
  },
});

const etaSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("converging"), date: dayField, days: z.number().int() }),
  z.object({ status: z.literal("not-converging") }),
  z.object({ status: z.literal("insufficient-data") }),
  z.object({ status: z.literal("no-goal") }),
]);

export const getWeightTrend = endpoint({
  method: "GET",
  path: "/weight/trend",
  operationId: "getWeightTrend",
  tag: "Weight",
  summary: "The trend summary: latest trend weight, weekly rate, goal estimate",
  access: "read",
  response: z
    .object({
      today: dayField,
      unit: unitField,
      goalKg: z.number().nullable(),
      totalWeighIns: z.number().int(),
      latestDate: dayField.nullable(),
      latestTrendKg: z.number().nullable(),
      weeklyRateKg: z
        .number()
        .nullable()
        .meta({ description: "Null under 4 weigh-ins in 14 days." }),
      weighInsInRateWindow: z.number().int(),
      eta: etaSchema,
      reachedGoal: z.boolean().optional(),
    })
    .meta({ id: "WeightTrend" }),
  errors: [],
  async handle({ db, now }) {
    const { today, unit, goalKg, totalWeighIns, summary } = await getWeightOverview(
      db,
      { range: "90d" },
      now,
    );
    return { today, unit, goalKg, totalWeighIns, ...summary };
  },
});
