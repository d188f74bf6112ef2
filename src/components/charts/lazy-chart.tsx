"use client";

import dynamic from "next/dynamic";
import type { ChartSpec } from "./chart-spec";
import styles from "./charts.module.css";

const ChartCanvas = dynamic(() => import("./chart-canvas"), {
  ssr: false,
  loading: () => <p className={`muted ${styles.loading}`}>Loading chart…</p>,
});

/** A chart whose code (chart.js) is fetched only when the chart is on the page. */
export function LazyChart({ spec, label }: { spec: ChartSpec; label: string }) {
  return (
    <div className={styles.frame}>
      <ChartCanvas spec={spec} label={label} />
    </div>
  );
}
