/**
 * Lighthouse (npm `lighthouse`, its default mobile profile: simulated slow 4G and a 4x slower
 * CPU) on Debian's Chromium, signed in through the session cookie.
 */
import { existsSync } from "node:fs";

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Accessibility and best-practice audits that did not pass, by id. */
  failed: string[];
  /** Every run's performance score, lowest first. */
  runs: number[];
}

const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export function lighthouseAvailable(): boolean {
  return existsSync(CHROMIUM);
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

type Flags = NonNullable<Parameters<typeof import("lighthouse").default>[1]>;

async function scoreOnce(url: string, flags: Flags): Promise<Omit<LighthouseScores, "runs">> {
  const { default: lighthouse } = await import("lighthouse");
  const result = await lighthouse(url, flags);
  const categories = result?.lhr.categories;
  if (!categories) throw new Error(`Lighthouse returned nothing for ${url}`);
  const failed = ["accessibility", "best-practices"].flatMap((id) =>
    (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (result.lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
  );
  return {
    path: new URL(url).pathname,
    performance: score(categories.performance?.score),
    accessibility: score(categories.accessibility?.score),
    bestPractices: score(categories["best-practices"]?.score),
    failed,
  };
}

/**
 * Each page `runs` times; the run with the median performance score is reported (the score
 * moves by several points between runs here), with every run's performance score beside it.
 */
export async function runLighthouse(
  baseUrl: string,
  cookie: string,
  paths: string[],
  runs: number,
): Promise<LighthouseScores[]> {
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  const flags: Flags = {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices"],
    extraHeaders: { Cookie: cookie },
  };
  try {
    const scores: LighthouseScores[] = [];
    for (const path of paths) {
      const results = [];
      for (let run = 0; run < runs; run += 1) {
        results.push(await scoreOnce(`${baseUrl}${path}`, flags));
      }
      results.sort((a, b) => a.performance - b.performance);
      const middle = results[Math.floor(results.length / 2)];
      if (middle) scores.push({ ...middle, runs: results.map((r) => r.performance) });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
