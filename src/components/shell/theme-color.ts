import type { Viewport } from "next";
import type { Theme } from "@/schemas/settings";

/** The page background of each look (globals.css `--bg`), for the browser's own bars. */
export const BACKGROUND = { light: "#f7f7f5", dark: "#16181d" } as const;

/** The `theme-color` meta: one colour for a chosen theme, both with media queries for system. */
export function themeColor(theme: Theme): Viewport["themeColor"] {
  if (theme !== "system") return BACKGROUND[theme];
  return [
    { media: "(prefers-color-scheme: light)", color: BACKGROUND.light },
    { media: "(prefers-color-scheme: dark)", color: BACKGROUND.dark },
  ];
}
