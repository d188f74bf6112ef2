"use client";

import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import type { IsoDate } from "@/domain/calendar";
import { settleAction } from "@/components/forms/settle";
import type { ObjectAction } from "@/schemas/form-state";
import styles from "./today.module.css";

export type AddDiaryLineAction = ObjectAction<
  { day: string; line: string },
  { day: string; length: number }
>;

/** The start of the day's diary entry, a field to add a line to it, and the way to the full entry. */
export function TodayDiaryCard(props: {
  day: IsoDate;
  /** The entry's first lines as plain text ("" when nothing is written). */
  preview: string;
  addLine: AddDiaryLineAction;
}) {
  const { day, preview, addLine } = props;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const line = String(new FormData(form).get("line") ?? "");
    startTransition(async () => {
      const result = await settleAction(() => addLine({ day, line }));
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      // The line stays in the field until it is stored, so a failed add can be sent again.
      form.reset();
      setMessage({ ok: true, text: "Added to the diary." });
    });
  }

  return (
    <section className="card stack" aria-labelledby="today-diary-heading">
      <div className={styles.cardHeader}>
        <h2 id="today-diary-heading">Diary</h2>
        <Link href={`/diary/${day}`}>{preview ? "Open the entry" : "Write"}</Link>
      </div>
      {preview ? (
        <p className={styles.preview}>{preview}</p>
      ) : (
        <p className="muted">Nothing written for this day yet.</p>
      )}
      <form className={styles.lineForm} onSubmit={submit}>
        <input name="line" aria-label="Add a line to the diary" placeholder="Add a line…" />
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add"}
        </button>
      </form>
      {message && (
        <p className={`form-message ${message.ok ? "ok" : "error"}`} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
