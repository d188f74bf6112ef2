import { canonicalZoneName, timeZoneChoices, zoneRenames } from "@/domain/calendar/zone-names";
import type { FormAction } from "@/schemas/form-state";
import type { Settings } from "@/schemas/settings";
import { CalendarSettingsForm } from "./calendar-settings-form";

/** Settings > Calendar: what "today", "this week" and "this month" mean for the owner. */
export function CalendarSettingsSection(props: {
  settings: Settings;
  /** The calendar group's version as loaded: the form saves over it. */
  version: number;
  action: FormAction;
}) {
  const { settings } = props;
  // A zone stored by an old name (Asia/Calcutta) shows, and saves, as today's (Asia/Kolkata).
  const timeZone = canonicalZoneName(settings.timeZone) ?? settings.timeZone;
  return (
    <section className="card stack" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Calendar</h2>
      <CalendarSettingsForm
        action={props.action}
        version={props.version}
        initial={{
          timeZone,
          dayStartHour: settings.dayStartHour,
          weekStartsOn: settings.weekStartsOn,
        }}
        timeZones={timeZoneChoices(timeZone)}
        zoneRenames={Object.fromEntries(zoneRenames())}
      />
    </section>
  );
}
