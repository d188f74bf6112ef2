import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./insights.module.css";

/** A titled card with a link to the page that has the details. */
export function InsightCard(props: {
  id: string;
  title: string;
  link?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <section className="card stack" aria-labelledby={props.id}>
      <div className={styles.header}>
        <h2 id={props.id}>{props.title}</h2>
        {props.link && <Link href={props.link.href}>{props.link.label}</Link>}
      </div>
      {props.children}
    </section>
  );
}
