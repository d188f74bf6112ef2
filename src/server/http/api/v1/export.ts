import { z } from "zod";
import { PERIODS } from "@/domain/calendar";
import { EXPORT_FORMAT } from "@/schemas/data-export";
import { exportData } from "../../../services/data/export";
import { endpoint } from "../endpoint";
import { dayField, instantField } from "./common";

const id = z.string().meta({ description: "Digits." });

/** The export file's document, described plainly: it holds whatever was stored, as stored. */
const exportDocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.number().int(),
    exportedAt: instantField,
    appVersion: z.string(),
    settings: z.record(z.string(), z.unknown()).meta({ description: "Only stored settings." }),
    tasks: z.array(
      z.object({
        id,
        title: z.string(),
        unit: z.string().nullable(),
        period: z.enum(PERIODS),
        targetCount: z.number().int(),
        active: z.boolean(),
        sortOrder: z.number().int(),
        scheduledDate: dayField.nullable(),
        createdAt: instantField,
        archivedAt: instantField.nullable(),
      }),
    ),
    completions: z.array(
      z.object({
        id,
        taskId: id.nullable().meta({ description: "Null: the task was deleted." }),
        titleSnapshot: z.string(),
        date: dayField,
        createdAt: instantField,
      }),
    ),
    calories: z.array(z.object({ date: dayField, calories: z.number().int() })),
    weights: z.array(z.object({ date: dayField, weightKg: z.number() })),
    diary: z.array(z.object({ date: dayField, content: z.string() })),
  })
  .meta({ id: "ExportDocument" });

export const getExport = endpoint({
  method: "GET",
  path: "/export",
  operationId: "exportData",
  tag: "Data",
  summary: "Everything, as the export file's JSON document",
  description: "The same document as Settings > Data > Download; Settings > Data imports it.",
  access: "read",
  response: exportDocumentSchema,
  errors: [],
  handle: ({ db, now }) => exportData(db, now),
});
