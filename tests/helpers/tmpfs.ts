import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface Tmpfs {
  readonly dir: string;
  /** Writes a file into the filesystem until it is full (ENOSPC); returns its size. */
  fill(): number;
  /** Deletes what `fill` wrote. */
  free(): void;
  unmount(): void;
}

/** Runs a mount command as root: directly when this is root, else through `sudo -n`. */
function asRoot(command: string, args: string[]): void {
  const [file, argv] =
    process.getuid?.() === 0 ? [command, args] : ["sudo", ["-n", command, ...args]];
  execFileSync(file, argv, { stdio: "pipe" });
}

/**
 * A small tmpfs of its own on a fresh temp folder, owned by this user: a disk a test may fill.
 * Mounting needs root or password-less sudo.
 */
export function mountTmpfs(sizeMiB: number): Tmpfs {
  const dir = mkdtempSync(path.join(tmpdir(), "tracker-disk-"));
  const owner = `uid=${process.getuid?.() ?? 0},gid=${process.getgid?.() ?? 0}`;
  try {
    asRoot("mount", ["-t", "tmpfs", "-o", `size=${sizeMiB}m,mode=0700,${owner}`, "tmpfs", dir]);
  } catch (error) {
    rmdirSync(dir);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `This test mounts a ${sizeMiB} MB tmpfs to fill it, which needs root or password-less ` +
        `sudo (CI runs as root; uid here: ${process.getuid?.()}): ${reason}`,
    );
  }
  const filler = path.join(dir, "filler");
  return {
    dir,
    fill() {
      const fd = openSync(filler, "a");
      const block = Buffer.alloc(64 * 1024, 1);
      let written = 0;
      try {
        for (;;) written += writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
      } finally {
        closeSync(fd);
      }
      return written;
    },
    free: () => rmSync(filler, { force: true }),
    unmount() {
      try {
        asRoot("umount", [dir]);
      } catch {
        asRoot("umount", ["--lazy", dir]);
      }
      rmdirSync(dir);
    },
  };
}
