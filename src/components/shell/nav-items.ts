export interface NavItem {
  href: string;
  label: string;
  icon: string;
}

/** The app's sections, in navigation order. */
export const navItems: NavItem[] = [
  { href: "/", label: "Today", icon: "☀" },
  { href: "/tasks", label: "Tasks", icon: "✓" },
  { href: "/calories", label: "Calories", icon: "🍽" },
  { href: "/weight", label: "Weight", icon: "⚖" },
  { href: "/diary", label: "Diary", icon: "✎" },
  { href: "/settings", label: "Settings", icon: "⚙" },
];
