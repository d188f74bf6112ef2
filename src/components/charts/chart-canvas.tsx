"use client";

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import { useEffect, useState } from "react";
import { Chart } from "react-chartjs-2";
import { toChartData, toChartOptions, type ChartTheme } from "./chart-config";
import type { ChartSpec } from "./chart-spec";
import { readChartTheme } from "./theme";

// Only the parts these charts use, so the lazy chunk stays small.
ChartJS.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

const DARK = "(prefers-color-scheme: dark)";

/**
 * Re-reads the CSS colours when the look changes: the device switches between light and dark
 * (theme "system"), or the owner picks another theme in Settings (`<html data-theme>` changes).
 */
function useChartTheme(): ChartTheme {
  const [theme, setTheme] = useState(() => readChartTheme(document.documentElement));
  useEffect(() => {
    const root = document.documentElement;
    const update = () => setTheme(readChartTheme(root));
    const query = window.matchMedia(DARK);
    const observer = new MutationObserver(update);
    query.addEventListener("change", update);
    observer.observe(root, { attributes: true, attributeFilter: ["data-theme"] });
    return () => {
      query.removeEventListener("change", update);
      observer.disconnect();
    };
  }, []);
  return theme;
}

/** The canvas itself; loaded only through `LazyChart` so pages without charts never ship it. */
export default function ChartCanvas({ spec, label }: { spec: ChartSpec; label: string }) {
  const theme = useChartTheme();
  return (
    <Chart<"bar" | "line", Array<number | null>, string>
      type="bar"
      data={toChartData(spec, theme)}
      options={toChartOptions(spec, theme)}
      role="img"
      aria-label={label}
    />
  );
}
