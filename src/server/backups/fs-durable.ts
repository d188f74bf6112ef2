/** Small file-system helpers for durable writes (no `server-only`: the launcher uses them). */
import { lstat, open, type FileHandle } from "node:fs/promises";

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

/** Makes a rename durable. Windows (and some file systems) cannot fsync a folder: skipped. */
export async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch {
    // Best effort: the file itself was already synced.
  } finally {
    await handle?.close();
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
