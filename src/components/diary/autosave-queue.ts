import { settle } from "@/components/forms/settle";
import type { DiarySaveOutcome, VersionedDiaryText } from "@/schemas/diary";
import type { ActionResult } from "@/schemas/form-state";

/**
 * `failed`: not answered, retried; `refused`: the text breaks a rule, kept until changed;
 * `conflict`: the entry changed elsewhere, nothing is sent until the owner chooses a text.
 */
export type SaveStatus = "saved" | "saving" | "unsaved" | "failed" | "refused" | "conflict";

/** The entry as another tab or device saved it, which a save from this editor ran into. */
export type DiaryConflict = VersionedDiaryText & { message: string };

export const AUTOSAVE_DELAY_MS = 800;
export const RETRY_DELAY_MS = 5000;

/** Shown beside "Not saved" when a save's request never came back; the save is retried. */
export const SAVE_UNREACHABLE_MESSAGE = "The server could not be reached.";

export interface AutosaveQueueOptions {
  initialText: string;
  /** The version of `initialText` (0: no entry yet); every save names the version it replaces. */
  initialVersion: number;
  /** The save action's call. It may reject: offline, or Next's redirect when the session expired. */
  save: (text: string, baseVersion: number) => Promise<ActionResult<DiarySaveOutcome>>;
  /** This device's copy of text that is not saved yet, with the version it was written over. */
  draft: { write(text: string, baseVersion: number): void; clear(): void };
  onStatus: (status: SaveStatus) => void;
  onError: (message: string | null) => void;
  /** The other text when a save ran into a newer version; null once the owner has chosen. */
  onConflict: (conflict: DiaryConflict | null) => void;
  /** Next's redirect or not-found signal from a save, to hand to the router. */
  onSignal: (signal: unknown) => void;
  /** A rule the text breaks (too long), checked before sending; null when it may be saved. */
  check?: (text: string) => string | null;
}

/**
 * The autosave's state outside React: debounced, with at most one save in flight, so an older
 * text can never land after a newer one. Each save goes through `settle`, like every action: a
 * save that never came back is retried every few seconds, while Next's redirect (the session
 * expired) stops saving and goes to the router, so the owner signs in again; the text stays in
 * the draft on this device meanwhile and comes back on the next visit. A save that ran into a
 * newer version stops the queue until `rebase` says which version the editor's text replaces.
 */
export function createAutosaveQueue(options: AutosaveQueueOptions) {
  const { save, draft, onStatus, onError, onConflict, onSignal, check = () => null } = options;
  let latest = options.initialText;
  let saved = options.initialText;
  let version = options.initialVersion;
  let conflicted = false;
  let inFlight = false;
  let again = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function schedule(delay: number) {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (stopped || conflicted) return;
    if (inFlight) {
      again = true;
      return;
    }
    if (latest === saved) return;
    const broken = check(latest);
    if (broken !== null) return refuse(broken);
    const sending = latest;
    inFlight = true;
    onStatus("saving");
    const unreachable: ActionResult<DiarySaveOutcome> = {
      ok: false,
      message: SAVE_UNREACHABLE_MESSAGE,
    };
    let result: ActionResult<DiarySaveOutcome>;
    try {
      result = await settle(() => save(sending, version), unreachable);
    } catch (signal) {
      stopped = true;
      inFlight = false;
      onStatus("unsaved");
      onSignal(signal);
      return;
    }
    inFlight = false;
    if (result.ok) settled(result.data, sending);
    else if (result === unreachable || result.retry) {
      onStatus("failed");
      onError(result.message);
      schedule(RETRY_DELAY_MS);
    } else refuse(result.message);
    if (again) {
      again = false;
      void flush();
    }
  }

  function settled(outcome: DiarySaveOutcome, sending: string) {
    onError(null);
    if ("conflict" in outcome) {
      conflicted = true;
      onStatus("conflict");
      onConflict(outcome.conflict);
      return;
    }
    saved = sending;
    version = outcome.saved.version;
    if (latest === sending) {
      onStatus("saved");
      draft.clear();
    } else {
      onStatus("unsaved");
      draft.write(latest, version);
    }
  }

  /** A rule the server (or `check`) refuses is not retried: it waits for the owner's next change. */
  function refuse(message: string) {
    onStatus("refused");
    onError(message);
  }

  /** The owner typed: keep the text on this device and save it after a pause. */
  function change(text: string) {
    latest = text;
    if (text === saved) draft.clear();
    else draft.write(text, version);
    if (conflicted) return;
    const broken = check(text);
    if (broken !== null) {
      clearTimeout(timer);
      return refuse(broken);
    }
    onError(null);
    onStatus(text === saved ? "saved" : "unsaved");
    schedule(AUTOSAVE_DELAY_MS);
  }

  /**
   * The owner chose how to settle a conflict (or a restored draft names an older version): the
   * entry holds `text` at `baseVersion`, and saves go on from there with whatever is typed next.
   */
  function rebase(baseVersion: number, text: string) {
    version = baseVersion;
    saved = text;
    if (conflicted) {
      conflicted = false;
      onConflict(null);
    }
  }

  return {
    change,
    flush,
    rebase,
    version: () => version,
    savedText: () => saved,
    hasUnsavedText: () => latest !== saved,
  };
}

export type AutosaveQueue = ReturnType<typeof createAutosaveQueue>;
