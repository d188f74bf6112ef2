export type NavIcon = "today" | "tasks" | "calories" | "weight" | "diary" | "insights" | "settings";

export interface NavItem {
  href: string;
  label: string;
  icon: NavIcon;
}

/** The app's sections, in navigation order. */
export const navItems: NavItem[] = [
  { href: "/", label: "Today", icon: "today" },
  { href: "/tasks", label: "Tasks", icon: "tasks" },
  { href: "/calories", label: "Calories", icon: "calories" },
  { href: "/weight", label: "Weight", icon: "weight" },
  { href: "/diary", label: "Diary", icon: "diary" },
  { href: "/insights", label: "Insights", icon: "insights" },
  { href: "/settings", label: "Settings", icon: "settings" },
];
