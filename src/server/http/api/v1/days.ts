import { z } from "zod";
import * as tasks from "../../../services/tasks";
import { endpoint } from "../endpoint";
import { dateParams, dayField } from "./common";
import { dayStateField, periodField, progressFields } from "./task-schemas";

const dayListItemSchema = z
  .object({
    ...progressFields,
    title: z.string(),
    unit: z.string().nullable(),
    period: periodField,
    state: dayStateField,
    scheduledDate: dayField.nullable().meta({ description: "A one-off task's day; else null." }),
  })
  .meta({ id: "DayListItem" });

export const getDayList = endpoint({
  method: "GET",
  path: "/days/{date}",
  operationId: "getDayList",
  tag: "Tasks",
  summary: "A day's task list: every task due that day with its progress",
  description:
    "In the owner's order, as the Today page shows it. Today or an earlier day: a later one " +
    "is refused with 422.",
  access: "read",
  params: dateParams,
  response: z
    .object({
      today: dayField.meta({ description: "The owner's current day." }),
      date: dayField,
      items: z.array(dayListItemSchema),
      upcoming: z.array(dayListItemSchema).meta({
        description: "One-off tasks due in the next days and not done yet (state open).",
      }),
    })
    .meta({ id: "DayList" }),
  errors: [422],
  async handle({ db, now, params }) {
    const { today, day, items, upcoming } = await tasks.loadDayList(db, params.date, now);
    return { today, date: day, items, upcoming };
  },
});
