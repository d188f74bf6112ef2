import { redirect } from "next/navigation";
import {
  AUTOSAVE_DELAY_MS,
  createAutosaveQueue,
  type DiaryConflict,
  RETRY_DELAY_MS,
  SAVE_UNREACHABLE_MESSAGE,
  type SaveStatus,
} from "@/components/diary/autosave-queue";
import { diaryTextProblem } from "@/domain/diary";
import type { DiarySaveOutcome } from "@/schemas/diary";
import type { ActionResult } from "@/schemas/form-state";

type SaveResult = ActionResult<DiarySaveOutcome>;

/** The error `redirect()` throws, as the router rejects an action that redirected. */
function redirectSignal(): unknown {
  try {
    redirect("/login");
  } catch (error) {
    return error;
  }
  throw new Error("expected redirect() to throw");
}

function queueWith(
  save: (text: string, baseVersion: number) => Promise<SaveResult>,
  check?: (text: string) => string | null,
) {
  const seen = {
    statuses: [] as SaveStatus[],
    error: null as string | null,
    draft: null as string | null,
    draftBase: null as number | null,
    conflict: null as DiaryConflict | null,
    signals: [] as unknown[],
  };
  const queue = createAutosaveQueue({
    initialText: "",
    initialVersion: 0,
    save: jest.fn(save),
    draft: {
      write: (text, baseVersion) => {
        seen.draft = text;
        seen.draftBase = baseVersion;
      },
      clear: () => (seen.draft = null),
    },
    onStatus: (status) => seen.statuses.push(status),
    onError: (message) => (seen.error = message),
    onConflict: (conflict) => (seen.conflict = conflict),
    onSignal: (signal) => seen.signals.push(signal),
    check,
  });
  return { queue, seen, status: () => seen.statuses.at(-1) };
}

function savedAs(version: number): SaveResult {
  return { ok: true, data: { saved: { day: "2026-12-02", savedAt: "", version } } };
}
const saved = async (): Promise<SaveResult> => savedAs(1);

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("the diary autosave queue", () => {
  it("saves after a pause and then forgets the draft", async () => {
    const save = jest.fn(saved);
    const { queue, seen, status } = queueWith(save);
    queue.change("Walked by the river.");
    expect(status()).toBe("unsaved");
    expect(seen.draft).toBe("Walked by the river.");
    await jest.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledWith("Walked by the river.", 0);
    expect(status()).toBe("saved");
    expect(seen.draft).toBeNull();
    expect(queue.hasUnsavedText()).toBe(false);
  });

  it("retries a save that never came back and keeps the text on the device meanwhile", async () => {
    const save = jest
      .fn<Promise<SaveResult>, [string, number]>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockImplementation(saved);
    const { queue, seen, status } = queueWith(save);
    queue.change("Offline text");
    await queue.flush();
    expect(status()).toBe("failed");
    expect(seen.error).toBe(SAVE_UNREACHABLE_MESSAGE);
    expect(seen.draft).toBe("Offline text");

    await jest.advanceTimersByTimeAsync(RETRY_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(2);
    expect(status()).toBe("saved");
    expect(seen.error).toBeNull();
    expect(seen.draft).toBeNull();
  });

  it("hands an expired session's redirect to the router instead of retrying", async () => {
    const signal = redirectSignal();
    const save = jest.fn(() => Promise.reject(signal));
    const { queue, seen, status } = queueWith(save);
    queue.change("Written as the session ran out");
    await queue.flush();
    expect(seen.signals).toEqual([signal]);
    expect(status()).toBe("unsaved");
    expect(seen.statuses).not.toContain("failed");
    expect(seen.error).toBeNull();
    // The text stays on this device, to be restored after signing in again.
    expect(seen.draft).toBe("Written as the session ran out");
    expect(queue.hasUnsavedText()).toBe(true);

    queue.change("More text");
    await jest.advanceTimersByTimeAsync(RETRY_DELAY_MS * 3);
    expect(save).toHaveBeenCalledTimes(1);
    expect(seen.draft).toBe("More text");
  });

  it("sends a newer text only after the save in flight has finished", async () => {
    const answers: Array<() => void> = [];
    const save = jest.fn(
      () => new Promise<SaveResult>((resolve) => answers.push(() => resolve(savedAs(1)))),
    );
    const { queue, status } = queueWith(save);
    queue.change("First version");
    const first = queue.flush();
    queue.change("Second, newer version");
    await queue.flush();
    expect(save).toHaveBeenCalledTimes(1);
    answers[0]!();
    await first;
    expect(save).toHaveBeenLastCalledWith("Second, newer version", 1);
    answers[1]!();
    await jest.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(status()).toBe("saved");
  });

  it("does not retry a text the server refuses, and keeps it on the device", async () => {
    const save = jest.fn(async (): Promise<SaveResult> => ({
      ok: false,
      message: "Too long.",
    }));
    const { queue, seen, status } = queueWith(save);
    queue.change("A text the server refuses");
    await queue.flush();
    expect(status()).toBe("refused");
    expect(seen.error).toBe("Too long.");
    await jest.advanceTimersByTimeAsync(RETRY_DELAY_MS * 3);
    expect(save).toHaveBeenCalledTimes(1);
    expect(seen.draft).toBe("A text the server refuses");
  });

  it("retries a failure the server marks as its own", async () => {
    const save = jest
      .fn<Promise<SaveResult>, [string, number]>()
      .mockResolvedValueOnce({ ok: false, message: "Something went wrong.", retry: true })
      .mockImplementation(saved);
    const { queue, status } = queueWith(save);
    queue.change("Saved on the second try");
    await queue.flush();
    expect(status()).toBe("failed");
    await jest.advanceTimersByTimeAsync(RETRY_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(2);
    expect(status()).toBe("saved");
  });

  it("says at once when a text breaks the length rule and sends nothing until it is fixed", async () => {
    const save = jest.fn(saved);
    const { queue, seen, status } = queueWith(save, diaryTextProblem);
    const pasted = "x".repeat(200_000);
    queue.change(pasted);
    expect(status()).toBe("refused");
    expect(seen.error).toBe(
      "This entry has 200,000 characters; an entry holds at most 100,000. Shorten it to save it.",
    );
    expect(seen.draft).toBe(pasted);
    await jest.advanceTimersByTimeAsync(RETRY_DELAY_MS * 3);
    await queue.flush();
    expect(save).not.toHaveBeenCalled();

    queue.change(pasted.slice(0, 100_000));
    expect(seen.error).toBeNull();
    await jest.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledWith(pasted.slice(0, 100_000), 0);
    expect(status()).toBe("saved");
  });

  it("stops saving on a conflict, keeps the text, and goes on from the version chosen", async () => {
    const other: DiaryConflict = { message: "Changed elsewhere.", content: "Theirs", version: 7 };
    const save = jest
      .fn<Promise<SaveResult>, [string, number]>()
      .mockResolvedValueOnce(savedAs(3))
      .mockResolvedValueOnce({ ok: true, data: { conflict: other } })
      .mockResolvedValueOnce(savedAs(8));
    const { queue, seen, status } = queueWith(save);
    queue.change("Mine");
    await queue.flush();
    queue.change("Mine, longer");
    await queue.flush();
    expect(save).toHaveBeenLastCalledWith("Mine, longer", 3);
    expect(status()).toBe("conflict");
    expect(seen.conflict).toEqual(other);
    expect(queue.hasUnsavedText()).toBe(true);

    queue.change("Mine, longer still");
    await jest.advanceTimersByTimeAsync(RETRY_DELAY_MS * 3);
    await queue.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(seen.draft).toBe("Mine, longer still");
    // Kept with the version it was written over, so a reload cannot save it over "Theirs".
    expect(seen.draftBase).toBe(3);
    expect(status()).toBe("conflict");

    queue.rebase(other.version, other.content);
    expect(seen.conflict).toBeNull();
    queue.change("Mine, longer still");
    await queue.flush();
    expect(save).toHaveBeenLastCalledWith("Mine, longer still", 7);
    expect(status()).toBe("saved");
    expect(queue.version()).toBe(8);
  });
});
