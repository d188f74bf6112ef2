"use client";

import { useEffect, useState } from "react";
import { FieldError, FormMessage } from "@/components/auth/field-error";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormAction } from "@/schemas/form-state";

interface Props {
  action: FormAction;
  initial: { timeZone: string; dayStartHour: number; weekStartsOn: number };
  timeZones: string[];
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const HOURS = [0, 1, 2, 3, 4, 5, 6];

export function CalendarSettingsForm({ action, initial, timeZones }: Props) {
  // Submitted through onSubmit, the form keeps the chosen values instead of resetting.
  const { state, formAction, onSubmit, pending } = useFormAction(action);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [deviceZone, setDeviceZone] = useState<string | null>(null);

  useEffect(() => {
    setDeviceZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, []);

  return (
    <form action={formAction} onSubmit={onSubmit} className="stack">
      <label>
        Time zone
        <select
          name="timeZone"
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <FieldError state={state} name="timeZone" />
      </label>
      {deviceZone && deviceZone !== timeZone && timeZones.includes(deviceZone) && (
        <p className="row muted form-message">
          This device is set to {deviceZone.replaceAll("_", " ")}.
          <button type="button" onClick={() => setTimeZone(deviceZone)}>
            Use {deviceZone.replaceAll("_", " ")}
          </button>
        </p>
      )}
      <label>
        A new day starts at
        <select
          name="dayStartHour"
          defaultValue={String(initial.dayStartHour)}
          aria-describedby="day-start-hint"
        >
          {HOURS.map((hour) => (
            <option key={hour} value={hour}>
              {hour === 0 ? "Midnight (00:00)" : `0${hour}:00`}
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
          {WEEKDAYS.map((name, index) => (
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
