import type { NavIcon as NavIconName } from "./nav-items";

/** Simple stroke icons (24×24), drawn inline so no font or emoji support is needed. */
const paths: Record<NavIconName, string> = {
  today:
    "M12 4v2M12 18v2M4 12h2M18 12h2M6.3 6.3l1.4 1.4M16.3 16.3l1.4 1.4M6.3 17.7l1.4-1.4M16.3 7.7l1.4-1.4M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8",
  tasks: "M4 6h2M4 12h2M4 18h2M9 6h11M9 12h11M9 18h11",
  calories: "M12 3c3 4 6 6.5 6 10.5a6 6 0 0 1-12 0C6 9.5 9 7 12 3zM12 13a2 2 0 0 0-2 2",
  weight: "M5 20h14l-2-12H7zM9 8a3 3 0 0 1 6 0",
  diary: "M6 3h10l3 3v15H6zM9 9h7M9 13h7M9 17h4",
  insights: "M4 20V10M10 20V4M16 20v-7M22 20H2",
  settings:
    "M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1",
};

export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
