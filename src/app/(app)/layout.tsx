import Link from "next/link";
import type { ReactNode } from "react";
import { AppNav } from "@/components/shell/app-nav";
import styles from "@/components/shell/shell.module.css";
import { MAIN_ID } from "@/components/shell/skip-link";
import { requireOwner } from "@/server/auth/session";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  await requireOwner();
  return (
    <div className={styles.layout}>
      <header className={styles.header}>
        <Link href="/" className={styles.brand}>
          Tracker
        </Link>
      </header>
      <AppNav />
      <main className={styles.main} id={MAIN_ID} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
