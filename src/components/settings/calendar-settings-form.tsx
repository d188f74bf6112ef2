"use client";

import { useState } from "react";
import { FieldError, FormMessage } from "@/components/auth/field-error";
import { useBaseVersion } from "@/components/forms/use-base-version";
import { useFormAction } from "@/components/forms/use-form-action";
import { dayStartTime, WEEKDAY_NAMES } from "@/domain/calendar/calendar-labels";
import type { FormAction } from "@/schemas/form-state";
import { TimeZonePicker } from "./time-zone-picker";

interface Props {
  action: FormAction;
  /** The group's version as loaded (0: none stored). */
  version: number;
  initial: { timeZone: string; dayStartHour: number; weekStartsOn: number };
  timeZones: string[];
  /** Old zone name -> today's, for a device that reports an old one. */
  zoneRenames: Record<string, string>;
}

const HOURS = [0, 1, 2, 3, 4, 5, 6];

export function CalendarSettingsForm(props: Props) {
  const { action, initial, timeZones, zoneRenames } = props;
  // Submitted through onSubmit, the form keeps the chosen values instead of resetting.
  const { state, formAction, onSubmit, pending } = useFormAction(action);
  const baseVersion = useBaseVersion(props.version, state);
  const [timeZone, setTimeZone] = useState(initial.timeZone);

  return (
    <form action={formAction} onSubmit={onSubmit} className="stack">
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <TimeZonePicker
        zones={timeZones}
        renames={zoneRenames}
        value={timeZone}
        onChange={setTimeZone}
      />
      <FieldError state={state} name="timeZone" />
      <label>
        A new day starts at
        <select
          name="dayStartHour"
          defaultValue={String(initial.dayStartHour)}
          aria-describedby="day-start-hint"
        >
          {HOURS.map((hour) => (
            <option key={hour} value={hour}>
              {hour === 0 ? "Midnight (00:00)" : dayStartTime(hour)}
            </option>
          ))}
        </select>
        <FieldError state={state} name="dayStartHour" />
      </label>
      <p id="day-start-hint" className="muted form-message">
        Night owl? Anything done before this hour counts for the day before.
      </p>
      <label>
        Weeks start on
        <select name="weekStartsOn" defaultValue={String(initial.weekStartsOn)}>
          {WEEKDAY_NAMES.map((name, index) => (
            <option key={name} value={index}>
              {name}
            </option>
          ))}
        </select>
        <FieldError state={state} name="weekStartsOn" />
      </label>
      <FormMessage state={state} />
      <div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Saving…" : "Save calendar settings"}
        </button>
      </div>
    </form>
  );
}
