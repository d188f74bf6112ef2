import { isoDateProblem } from "@/domain/calendar";

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * What the not-found page says was missing, from the path that was asked for: a diary day that
 * does not exist or is still ahead, a task that is gone, or simply no such page.
 */
export function missingPageMessage(path: string | null): string {
  const [, section, item, ...rest] = (path ?? "").split("/");
  if (section === "diary" && item && rest.length === 0) {
    const day = decoded(item);
    return isoDateProblem(day) ?? `${day} is still ahead: its diary page opens on that day.`;
  }
  if (section === "tasks" && item && rest.length === 0) {
    return "That task does not exist. It may have been deleted.";
  }
  return path ? `There is no page at ${decoded(path)}.` : "There is no page at this address.";
}
