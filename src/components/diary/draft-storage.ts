/**
 * Unsaved diary text kept in this browser, so a failed save or a closed tab loses nothing: the
 * editor restores it on the next visit. Beside it, the version of the entry it was written
 * over, so a restored draft cannot silently replace what another device saved since. Storage
 * may be unavailable (private mode, quota).
 */
const PREFIX = "tracker.diary-draft.";
const BASE_PREFIX = "tracker.diary-draft-base.";

export interface DiaryDraft {
  text: string;
  /** Null for a draft kept before drafts named their version. */
  baseVersion: number | null;
}

export function readDraft(date: string): DiaryDraft | null {
  try {
    const text = window.localStorage.getItem(PREFIX + date);
    if (text === null) return null;
    const base = Number.parseInt(window.localStorage.getItem(BASE_PREFIX + date) ?? "", 10);
    return { text, baseVersion: Number.isSafeInteger(base) ? base : null };
  } catch {
    return null;
  }
}

export function writeDraft(date: string, text: string, baseVersion: number): void {
  try {
    window.localStorage.setItem(PREFIX + date, text);
    window.localStorage.setItem(BASE_PREFIX + date, String(baseVersion));
  } catch {
    // Without storage the beforeunload warning is the remaining safety net.
  }
}

export function clearDraft(date: string): void {
  try {
    window.localStorage.removeItem(PREFIX + date);
    window.localStorage.removeItem(BASE_PREFIX + date);
  } catch {
    // nothing to clear
  }
}
