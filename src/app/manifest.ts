import type { MetadataRoute } from "next";
import { BACKGROUND } from "@/components/shell/theme-color";

/** The web app manifest (/manifest.webmanifest): name, colours and icons for "Add to Home". */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Tracker",
    short_name: "Tracker",
    description: "Habits, tasks, calories, weight and diary in one place.",
    start_url: "/",
    display: "standalone",
    background_color: BACKGROUND.light,
    theme_color: BACKGROUND.light,
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
}
