import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SkipLink } from "@/components/shell/skip-link";
import { themeColor } from "@/components/shell/theme-color";
import { loadOwnerTheme } from "@/server/settings/owner-theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tracker", template: "%s · Tracker" },
  description: "Habits, tasks, calories, weight and diary in one place.",
};

export async function generateViewport(): Promise<Viewport> {
  return {
    width: "device-width",
    initialScale: 1,
    themeColor: themeColor(await loadOwnerTheme()),
  };
}

/** The owner's theme is rendered into <html data-theme>, so the first paint has its colours. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" data-theme={await loadOwnerTheme()}>
      <body>
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
