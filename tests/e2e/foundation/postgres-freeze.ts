import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";

/** The parent pid from /proc/<pid>/stat ("pid (comm) state ppid …"; comm may hold spaces). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined; // gone meanwhile
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error; // already gone
  }
}

/** The postmaster behind a URL: the parent of the backend serving our own connection. */
async function postmasterPid(url: string): Promise<number> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const parent = parentOf(Number(rows[0]?.pid));
    if (!parent) throw new Error("could not find the PostgreSQL server process");
    return parent;
  } finally {
    await client.end();
  }
}

/**
 * Freezes a PostgreSQL server with SIGSTOP, the postmaster and every backend, so connections
 * stay open but nothing answers (a hung database, not a dead one). Returns the thaw function.
 */
export async function freezePostgres(url: string): Promise<() => void> {
  const postmaster = await postmasterPid(url);
  process.kill(postmaster, "SIGSTOP"); // first, so it forks nothing new meanwhile
  const children: number[] = [];
  const thaw = () => {
    for (const pid of children) signal(pid, "SIGCONT");
    signal(postmaster, "SIGCONT");
    // As root the server runs under `runuser`, which stops itself when its child stops and
    // would then never reap it: wake it too (SIGCONT does nothing to a running process).
    const supervisor = parentOf(postmaster);
    if (supervisor && supervisor !== process.pid) signal(supervisor, "SIGCONT");
  };
  try {
    for (const entry of readdirSync("/proc")) {
      if (/^\d+$/.test(entry) && parentOf(Number(entry)) === postmaster) children.push(+entry);
    }
    for (const pid of children) signal(pid, "SIGSTOP");
  } catch (error) {
    thaw();
    throw error;
  }
  return thaw;
}
