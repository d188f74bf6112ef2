import { formatCount } from "@/domain/text";

export const MAX_DIARY_CONTENT_LENGTH = 100_000;

/** Why a text cannot be saved as a diary entry (too long), or null. */
export function diaryTextProblem(text: string): string | null {
  if (text.length <= MAX_DIARY_CONTENT_LENGTH) return null;
  return (
    `This entry has ${formatCount(text.length)} characters; an entry holds at most ` +
    `${formatCount(MAX_DIARY_CONTENT_LENGTH)}. Shorten it to save it.`
  );
}
