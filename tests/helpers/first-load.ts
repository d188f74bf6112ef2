import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The production build the e2e setup (or `npm run build`) made. */
export const BUILD_DIR = path.join(__dirname, "../../.next");

export interface AppBuildManifest {
  pages: Record<string, string[]>;
}

export function readAppBuildManifest(): AppBuildManifest {
  return JSON.parse(
    readFileSync(path.join(BUILD_DIR, "app-build-manifest.json"), "utf8"),
  ) as AppBuildManifest;
}

/** A page's scripts and those of every layout above it ("/layout", "/(app)/layout", …). */
export function firstLoadFiles(manifest: AppBuildManifest, page: string): string[] {
  const folders = page.split("/").slice(0, -1);
  const layouts = folders.map((_, index) => `${folders.slice(0, index + 1).join("/")}/layout`);
  const files = [...layouts, page].flatMap((entry) => manifest.pages[entry] ?? []);
  return [...new Set(files)].filter((file) => file.endsWith(".js"));
}

/** First-load JavaScript in bytes, gzip level 9 as `next build` counts it. */
export function firstLoadGzipBytes(manifest: AppBuildManifest, page: string): number {
  return firstLoadFiles(manifest, page).reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(BUILD_DIR, file)), { level: 9 }).length,
    0,
  );
}
