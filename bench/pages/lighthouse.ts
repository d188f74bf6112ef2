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
}

const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export function lighthouseAvailable(): boolean {
  return existsSync(CHROMIUM);
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

export async function runLighthouse(
  baseUrl: string,
  cookie: string,
  paths: string[],
): Promise<LighthouseScores[]> {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const scores: LighthouseScores[] = [];
    for (const path of paths) {
      const result = await lighthouse(`${baseUrl}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        extraHeaders: { Cookie: cookie },
      });
      const categories = result?.lhr.categories;
      if (!categories) throw new Error(`Lighthouse returned nothing for ${path}`);
      const failed = ["accessibility", "best-practices"].flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (result.lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      );
      scores.push({
        path,
        performance: score(categories.performance?.score),
        accessibility: score(categories.accessibility?.score),
        bestPractices: score(categories["best-practices"]?.score),
        failed,
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
