import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** WCAG 2.0 and 2.1, levels A and AA: the rules the app promises to meet. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

/**
 * Runs axe on the page as it is and returns one line per serious or critical violation, naming
 * the page, the variant, the rule and the elements it failed on.
 */
export async function seriousViolations(page: Page, label: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of finishing in a new blank page each
  // time (the app has no cross-origin frames to reach); with violations only, it halves a run.
  const { violations } = await new AxeBuilder({ page })
    .withTags(TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ""))
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.flat().join(" >> "));
      return `${label}: ${violation.id} (${violation.impact}) on ${targets.join(", ")}`;
    });
}
