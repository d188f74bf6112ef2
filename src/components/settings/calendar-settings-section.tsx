import { saveCalendarSettingsAction } from "@/app/(app)/settings/calendar-actions";
import { getDataSource } from "@/server/db/data-source";
import { readSettings } from "@/server/settings/settings-store";
import { CalendarSettingsForm } from "./calendar-settings-form";

function timeZoneNames(current: string): string[] {
  const names = new Set(Intl.supportedValuesOf("timeZone"));
  names.add("UTC");
  names.add(current);
  return [...names].sort();
}

/** Settings > Calendar: what "today", "this week" and "this month" mean for the owner. */
export async function CalendarSettingsSection() {
  const settings = await readSettings(await getDataSource());
  return (
    <section className="card stack" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Calendar</h2>
      <CalendarSettingsForm
        action={saveCalendarSettingsAction}
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
