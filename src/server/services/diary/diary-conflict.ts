import type { VersionedDiaryText } from "@/schemas/diary";
import { StaleEditError } from "../../http/stale-edit";

export const DIARY_CONFLICT_MESSAGE =
  "This entry was changed in another tab or device after you opened it, so your text was not saved over it.";

/** A save from an older version of the entry: refused (409), with the entry as it is now. */
export class DiaryConflictError extends StaleEditError {
  constructor(readonly current: VersionedDiaryText) {
    super(DIARY_CONFLICT_MESSAGE, current.version);
    this.name = "DiaryConflictError";
  }
}
