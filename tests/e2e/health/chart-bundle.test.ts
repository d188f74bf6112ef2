import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  BUILD_DIR,
  firstLoadFiles,
  firstLoadGzipBytes,
  readAppBuildManifest,
} from "../../helpers/first-load";

const CHART_JS_MARKER = "Canvas is already in use. Chart with ID";
/** A class name zod registers (`$constructor("$ZodCheckGreaterThan", …)`); minifying keeps it. */
const ZOD_MARKER = "$ZodCheckGreaterThan";
/**
 * First-load JavaScript per page, gzip, as `next build` counts it (gzip level 9, 1 kB = 1000 B).
 * The build's table leaves out the layouts' own chunks; this budget counts them, so it is a
 * little stricter than the table's "First Load JS".
 */
const FIRST_LOAD_BUDGET = 130 * 1000;

const manifest = readAppBuildManifest();
const pages = Object.keys(manifest.pages).filter((entry) => entry.endsWith("/page"));

const read = (file: string) => readFileSync(path.join(BUILD_DIR, file), "utf8");

function firstLoadIncludes(page: string, marker: string): boolean {
  return firstLoadFiles(manifest, page).some((file) => read(file).includes(marker));
}

function chunksWith(folder: string, marker: string): string[] {
  return readdirSync(path.join(BUILD_DIR, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".js"))
    .filter((name) => read(path.join(folder, name)).includes(marker));
}

describe("client bundle budget", () => {
  it("covers the app's pages", () => {
    expect(pages).toEqual(expect.arrayContaining(["/(app)/page", "/(app)/tasks/page"]));
  });

  it.each(pages)("%s loads at most 130 kB of JavaScript first (gzip)", (page) => {
    expect(firstLoadGzipBytes(manifest, page)).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it("keeps zod on the server: no page loads it", () => {
    expect(chunksWith("server", ZOD_MARKER).length).toBeGreaterThan(0);
    expect(pages.filter((page) => firstLoadIncludes(page, ZOD_MARKER))).toEqual([]);
  });
});

describe("client bundle budget: chart.js is code-split", () => {
  it("is in the build, but in a chunk of its own", () => {
    expect(chunksWith("static/chunks", CHART_JS_MARKER)).toHaveLength(1);
  });

  it.each(["/(app)/page", "/(app)/tasks/page", "/(app)/settings/page"])(
    "is not loaded by %s, a page without charts",
    (page) => {
      expect(manifest.pages[page]).toBeDefined();
      expect(firstLoadIncludes(page, CHART_JS_MARKER)).toBe(false);
    },
  );

  it.each(["/(app)/weight/page", "/(app)/calories/page", "/(app)/insights/page"])(
    "is fetched lazily by %s: its first load stays small",
    (page) => {
      expect(manifest.pages[page]).toBeDefined();
      expect(firstLoadIncludes(page, CHART_JS_MARKER)).toBe(false);
      // chart.js alone is about 50 kB gzip; the chart pages load well under it on top of Today.
      expect(
        firstLoadGzipBytes(manifest, page) - firstLoadGzipBytes(manifest, "/(app)/page"),
      ).toBeLessThan(15_000);
    },
  );
});
