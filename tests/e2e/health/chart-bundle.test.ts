import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Reads the production build the e2e setup made: which JavaScript each page loads first. */
const NEXT = path.join(__dirname, "../../../.next");
const CHART_JS_MARKER = "Canvas is already in use. Chart with ID";

const manifest = JSON.parse(readFileSync(path.join(NEXT, "app-build-manifest.json"), "utf8")) as {
  pages: Record<string, string[]>;
};

function firstLoadFiles(page: string): string[] {
  const files = ["/layout", "/(app)/layout", page].flatMap((entry) => manifest.pages[entry] ?? []);
  return [...new Set(files)].filter((file) => file.endsWith(".js"));
}

function firstLoadBytes(page: string): number {
  return firstLoadFiles(page).reduce((sum, file) => sum + statSync(path.join(NEXT, file)).size, 0);
}

function loadsChartJs(page: string): boolean {
  return firstLoadFiles(page).some((file) =>
    readFileSync(path.join(NEXT, file), "utf8").includes(CHART_JS_MARKER),
  );
}

describe("chart.js is code-split", () => {
  it("is in the build, but in a chunk of its own", () => {
    const chunks = path.join(NEXT, "static/chunks");
    const withChartJs = readdirSync(chunks)
      .filter((name) => name.endsWith(".js"))
      .filter((name) => readFileSync(path.join(chunks, name), "utf8").includes(CHART_JS_MARKER));
    expect(withChartJs).toHaveLength(1);
  });

  it.each(["/(app)/page", "/(app)/tasks/page", "/(app)/settings/page"])(
    "is not loaded by %s, a page without charts",
    (page) => {
      expect(manifest.pages[page]).toBeDefined();
      expect(loadsChartJs(page)).toBe(false);
    },
  );

  it.each(["/(app)/weight/page", "/(app)/calories/page", "/(app)/insights/page"])(
    "is fetched lazily by %s: its first load stays small",
    (page) => {
      expect(manifest.pages[page]).toBeDefined();
      expect(loadsChartJs(page)).toBe(false);
      // chart.js alone is about 70 kB minified; the chart pages load well under it on top of Today.
      expect(firstLoadBytes(page) - firstLoadBytes("/(app)/page")).toBeLessThan(40_000);
    },
  );
});
