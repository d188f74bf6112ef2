import type { FormAction } from "@/schemas/form-state";
import type { Settings } from "@/schemas/settings";
import { CalendarSettingsForm } from "./calendar-settings-form";

function timeZoneNames(current: string): string[] {
  const names = new Set(Intl.supportedValuesOf("timeZone"));
  names.add("UTC");
  names.add(current);
  return [...names].sort();
}

/** Settings > Calendar: what "today", "this week" and "this month" mean for the owner. */
export function CalendarSettingsSection(props: { settings: Settings; action: FormAction }) {
  const { settings } = props;
  return (
    <section className="card stack" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Calendar</h2>
      <CalendarSettingsForm
        action={props.action}
        initial={{
          timeZone: settings.timeZone,
          dayStartHour: settings.dayStartHour,
          weekStartsOn: settings.weekStartsOn,
        }}
        timeZones={timeZoneNames(settings.timeZone)}
      />
    </section>
  );
}
