/**
 * First-load JavaScript per page of the production build: every script of the page and of the
 * layouts above it, gzipped (level 9, as `next build` counts it), in kB of 1,000 bytes.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const BUILD = path.join(__dirname, "../../.next");

export interface FirstLoad {
  page: string;
  kB: number;
}

function layoutsAbove(page: string): string[] {
  const segments = page.split("/").slice(1, -1);
  return segments.reduce(
    (layouts, _segment, i) => [...layouts, `/${segments.slice(0, i + 1).join("/")}/layout`],
    ["/layout"],
  );
}

export function firstLoadJs(): FirstLoad[] {
  const manifest = JSON.parse(
    readFileSync(path.join(BUILD, "app-build-manifest.json"), "utf8"),
  ) as { pages: Record<string, string[]> };
  const gzipped = new Map<string, number>();
  const size = (file: string) =>
    gzipped.get(file) ??
    gzipped
      .set(file, gzipSync(readFileSync(path.join(BUILD, file)), { level: 9 }).length)
      .get(file) ??
    0;
  return Object.keys(manifest.pages)
    .filter((entry) => entry.endsWith("/page") && !entry.startsWith("/_"))
    .map((entry) => {
      const files = new Set(
        [...layoutsAbove(entry), entry].flatMap((name) => manifest.pages[name] ?? []),
      );
      const bytes = [...files].filter((f) => f.endsWith(".js")).reduce((s, f) => s + size(f), 0);
      const page = entry.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
      return { page, kB: Math.round(bytes / 100) / 10 };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}
