import "server-only";
import type { z } from "zod";
import type { IsoDate } from "@/domain/calendar";
import type { Settings } from "@/schemas/settings";
import { UserError } from "../../http/user-error";
import { getOwnerToday } from "../../settings/owner-today";

/**
 * Input checks shared by the calories, weight and diary services: the same zod schema the forms
 * use, and no day after the owner's today (timezone and day-start hour).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new UserError(parsed.error.issues.map((issue) => issue.message).join(" "), 422);
  }
  return parsed.data as z.infer<S>;
}

export async function requireLoggableDay(
  date: IsoDate,
): Promise<{ settings: Settings; today: IsoDate }> {
  const owner = await getOwnerToday();
  if (date > owner.today) {
    throw new UserError(`${date} is still in the future: choose today or an earlier day.`, 422);
  }
  return owner;
}
