import { settle } from "@/components/forms/settle";
import type { ActionResult } from "@/schemas/form-state";

/** `failed`: not answered, retried; `refused`: the text breaks a rule, kept until changed. */
export type SaveStatus = "saved" | "saving" | "unsaved" | "failed" | "refused";

export const AUTOSAVE_DELAY_MS = 800;
export const RETRY_DELAY_MS = 5000;

/** Shown beside "Not saved" when a save's request never came back; the save is retried. */
export const SAVE_UNREACHABLE_MESSAGE = "The server could not be reached.";

export interface AutosaveQueueOptions {
  initialText: string;
  /** The save action's call. It may reject: offline, or Next's redirect when the session expired. */
  save: (text: string) => Promise<ActionResult<unknown>>;
  /** This device's copy of text that is not saved yet. */
  draft: { write(text: string): void; clear(): void };
  onStatus: (status: SaveStatus) => void;
  onError: (message: string | null) => void;
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
 * the draft on this device meanwhile and comes back on the next visit.
 */
export function createAutosaveQueue(options: AutosaveQueueOptions) {
  const { save, draft, onStatus, onError, onSignal, check = () => null } = options;
  let latest = options.initialText;
  let saved = options.initialText;
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
    if (stopped) return;
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
    const unreachable: ActionResult<unknown> = { ok: false, message: SAVE_UNREACHABLE_MESSAGE };
    let result: ActionResult<unknown>;
    try {
      result = await settle(() => save(sending), unreachable);
    } catch (signal) {
      stopped = true;
      inFlight = false;
      onStatus("unsaved");
      onSignal(signal);
      return;
    }
    inFlight = false;
    if (result.ok) {
      saved = sending;
      onError(null);
      if (latest === sending) {
        onStatus("saved");
        draft.clear();
      } else onStatus("unsaved");
    } else if (result === unreachable || result.retry) {
      onStatus("failed");
      onError(result.message);
      schedule(RETRY_DELAY_MS);
    } else refuse(result.message);
    if (again) {
      again = false;
      void flush();
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
    else draft.write(text);
    const broken = check(text);
    if (broken !== null) {
      clearTimeout(timer);
      return refuse(broken);
    }
    onError(null);
    onStatus(text === saved ? "saved" : "unsaved");
    schedule(AUTOSAVE_DELAY_MS);
  }

  return {
    change,
    flush,
    savedText: () => saved,
    hasUnsavedText: () => latest !== saved,
  };
}

export type AutosaveQueue = ReturnType<typeof createAutosaveQueue>;
