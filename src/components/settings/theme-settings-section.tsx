import type { FormAction } from "@/schemas/form-state";
import type { Theme } from "@/schemas/settings";
import { ThemeSettingsForm } from "./theme-settings-form";

/** Settings > Appearance. */
export function ThemeSettingsSection(props: { theme: Theme; version: number; action: FormAction }) {
  return (
    <section className="card stack" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Appearance</h2>
      <ThemeSettingsForm action={props.action} theme={props.theme} version={props.version} />
    </section>
  );
}
