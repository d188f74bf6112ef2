/**
 * First-load JavaScript per page of the production build: every script of the page and of the
 * layouts above it, gzipped (level 9, as `next build` counts it), in kB of 1,000 bytes.
 */
import { firstLoadGzipBytes, readAppBuildManifest } from "../../tests/helpers/first-load";

export interface FirstLoad {
  page: string;
  kB: number;
}

export function firstLoadJs(): FirstLoad[] {
  const manifest = readAppBuildManifest();
  return Object.keys(manifest.pages)
    .filter((entry) => entry.endsWith("/page") && !entry.startsWith("/_"))
    .map((entry) => ({
      page: entry.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/",
      kB: Math.round(firstLoadGzipBytes(manifest, entry) / 100) / 10,
    }))
    .sort((a, b) => a.page.localeCompare(b.page));
}
