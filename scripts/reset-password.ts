/**
 * `npm run owner:reset-password` — sets a new owner password from the command line and signs
 * out every session. Reads the password from the terminal (hidden) or from standard input.
 */
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { DataSource } from "typeorm";
import { newPasswordSchema } from "../src/schemas/auth";
import { dataSourceOptions } from "../src/server/db/options";
import { setOwnerPassword } from "../src/server/services/owner-store";
import { loadScriptConfig, runMain } from "./lib/env";
import { openLocalDatabase } from "./lib/local-database";

async function readPassword(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) process.stdout.write(prompt);
  muted = true;
  const answer = await new Promise<string>((resolve) => rl.once("line", resolve));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write("\n");
  return answer;
}

runMain(async () => {
  const password = await readPassword("New owner password: ");
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join(" "));
  if (process.stdin.isTTY && (await readPassword("Repeat it: ")) !== password) {
    throw new Error("The two passwords differ; nothing was changed.");
  }
  const database = await openLocalDatabase(loadScriptConfig());
  const db = new DataSource(dataSourceOptions(database.target));
  try {
    await db.initialize();
    await setOwnerPassword(db, parsed.data);
    console.log(`Password reset on ${database.description}; every session was signed out.`);
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.close();
  }
});
