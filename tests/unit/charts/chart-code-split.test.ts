import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SRC = path.join(__dirname, "../../../src");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

const files = sourceFiles(SRC).map((file) => ({
  name: path.relative(SRC, file),
  text: readFileSync(file, "utf8"),
}));

describe("chart code stays in one lazily loaded module", () => {
  it("imports chart.js and react-chartjs-2 (at run time) only in chart-canvas.tsx", () => {
    const runtimeImport =
      /^import\s+(?!type\b)[^;]*from\s+"(chart\.js|react-chartjs-2)(\/[^"]*)?";/m;
    const importers = files
      .filter((file) => runtimeImport.test(file.text))
      .map((file) => file.name);
    expect(importers).toEqual([path.join("components", "charts", "chart-canvas.tsx")]);
  });

  it("reaches chart-canvas only through next/dynamic without server rendering", () => {
    const importers = files.filter((file) => file.text.includes("chart-canvas"));
    expect(importers.map((file) => file.name)).toEqual([
      path.join("components", "charts", "lazy-chart.tsx"),
    ]);
    const lazy = importers[0]?.text ?? "";
    expect(lazy).toMatch(/dynamic\(\(\) => import\("\.\/chart-canvas"\)/);
    expect(lazy).toContain("ssr: false");
    expect(lazy.startsWith('"use client";')).toBe(true);
  });
});
