import { chartTableRows, type ChartSpec } from "./chart-spec";
import styles from "./charts.module.css";
import { LazyChart } from "./lazy-chart";

/**
 * A chart with its text alternatives: the summary sentence as caption (and the canvas's label)
 * and the same numbers in a table that only screen readers see.
 */
export function ChartFigure({
  spec,
  title,
  summary,
}: {
  spec: ChartSpec;
  title: string;
  summary: string;
}) {
  const rows = chartTableRows(spec);
  const sampled = rows.length < spec.titles.length;
  return (
    <figure className={styles.figure}>
      <LazyChart spec={spec} label={`${title}. ${summary}`} />
      <figcaption className={`muted ${styles.caption}`}>{summary}</figcaption>
      {/* A table ignores a 1px width, so the hiding wrapper is a div. */}
      <div className="sr-only">
        <table>
          <caption>
            {sampled
              ? `${title}: ${rows.length} of ${spec.titles.length} points, evenly spaced`
              : title}
          </caption>
          <thead>
            <tr>
              <th scope="col">{spec.xName ?? "Day"}</th>
              {spec.series.map((series) => (
                <th scope="col" key={series.label}>
                  {series.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([title, ...cells], row) => (
              <tr key={row}>
                <th scope="row">{title}</th>
                {cells.map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
