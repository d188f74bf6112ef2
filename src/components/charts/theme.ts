import type { ChartTheme } from "./chart-config";

const VARIABLES: Record<keyof ChartTheme, string> = {
  accent: "--accent",
  good: "--good",
  bad: "--bad",
  warn: "--warn",
  muted: "--muted",
  text: "--text",
  grid: "--border",
};

/** The chart colours as the page's CSS variables define them right now (light or dark). */
export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const entries = Object.entries(VARIABLES).map(([key, variable]) => [
    key,
    style.getPropertyValue(variable).trim() || "#888888",
  ]);
  return Object.fromEntries(entries) as ChartTheme;
}
