/**
 * Unsaved diary text kept in this browser, so a failed save or a closed tab loses nothing: the
 * editor restores it on the next visit. Storage may be unavailable (private mode, quota).
 */
const PREFIX = "tracker.diary-draft.";

export function readDraft(date: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + date);
  } catch {
    return null;
  }
}

export function writeDraft(date: string, text: string): void {
  try {
    window.localStorage.setItem(PREFIX + date, text);
  } catch {
    // Without storage the beforeunload warning is the remaining safety net.
  }
}

export function clearDraft(date: string): void {
  try {
    window.localStorage.removeItem(PREFIX + date);
  } catch {
    // nothing to clear
  }
}
