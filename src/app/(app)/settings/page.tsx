import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ApiTokensSection } from "@/components/settings/api-tokens-section";
import { CalendarSettingsSection } from "@/components/settings/calendar-settings-section";
import { HealthSettingsSection } from "@/components/settings/health-settings-section";
import { ThemeSettingsSection } from "@/components/settings/theme-settings-section";
import { requireOwner } from "@/server/auth/session";
import { getRequestLocale } from "@/server/http/request-locale";
import { getRequestScope } from "@/server/request-scope";
import { listApiTokens } from "@/server/services/api/api-tokens";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { readSettingVersions } from "@/server/settings/setting-groups";
import { changePasswordAction } from "./actions";
import { createApiTokenAction, revokeApiTokenAction } from "./api-token-actions";
import { saveCalendarSettingsAction } from "./calendar-actions";
import { saveHealthSettingsAction } from "./health-actions";
import { saveThemeSettingsAction } from "./theme-actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireOwner();
  const { db, now } = await getRequestScope();
  const [{ settings }, versions, tokens, locale] = await Promise.all([
    loadOwnerCalendar(db, now),
    readSettingVersions(db),
    listApiTokens(db, now),
    getRequestLocale(),
  ]);
  return (
    <>
      <h1>Settings</h1>
      <div className="stack">
        <CalendarSettingsSection
          settings={settings}
          version={versions.calendar}
          action={saveCalendarSettingsAction}
        />
        <HealthSettingsSection
          settings={settings}
          version={versions.health}
          action={saveHealthSettingsAction}
        />
        <ThemeSettingsSection
          theme={settings.theme}
          version={versions.theme}
          action={saveThemeSettingsAction}
        />
        <section className="card stack" aria-labelledby="data-heading">
          <h2 id="data-heading">Your data</h2>
          <p>
            <Link href="/settings/data">Export, import and backups</Link>
          </p>
        </section>
        <ApiTokensSection
          tokens={tokens}
          locale={locale}
          timeZone={settings.timeZone}
          create={createApiTokenAction}
          revoke={revokeApiTokenAction}
        />
        <section className="card stack" aria-labelledby="password-heading">
          <h2 id="password-heading">Password</h2>
          <ChangePasswordForm action={changePasswordAction} />
        </section>
        <section className="card stack" aria-labelledby="session-heading">
          <h2 id="session-heading">Session</h2>
          <div>
            <SignOutButton />
          </div>
        </section>
      </div>
    </>
  );
}
