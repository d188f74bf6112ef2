import Link from "next/link";
import styles from "./range-tabs.module.css";

export interface RangeTab {
  label: string;
  href: string;
  current: boolean;
}

/** Links that switch a chart's range (plain links: they work without JavaScript). */
export function RangeTabs({ label, tabs }: { label: string; tabs: RangeTab[] }) {
  return (
    <nav aria-label={label}>
      <ul className={styles.tabs}>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              className={styles.tab}
              aria-current={tab.current ? "page" : undefined}
              scroll={false}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
