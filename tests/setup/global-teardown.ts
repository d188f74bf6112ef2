export default async function globalTeardown() {
  await globalThis.trackerTestPostgres?.stop();
  globalThis.trackerTestPostgres = undefined;
}
