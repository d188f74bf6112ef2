import { readFileSync } from "node:fs";
import path from "node:path";
import { BACKGROUND, themeColor } from "@/components/shell/theme-color";
import { defaultSettings, settingsPatchSchema, themeSettingsSchema } from "@/schemas/settings";

const css = readFileSync(path.join(__dirname, "../../../src/app/globals.css"), "utf8");

function declarations(selector: string): string[] {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} in globals.css`);
  const body = css.slice(start + selector.length + 2, css.indexOf("}", start));
  return body
    .split(";")
    .map((line) => line.trim())
    .filter(Boolean);
}

describe("the theme setting", () => {
  it("defaults to the device's choice and accepts only system, light or dark", () => {
    expect(defaultSettings.theme).toBe("system");
    expect(themeSettingsSchema.parse({ theme: "dark" })).toEqual({ theme: "dark" });
    expect(themeSettingsSchema.safeParse({ theme: "blue" }).error?.issues[0]?.message).toBe(
      "Choose system, light or dark.",
    );
    expect(settingsPatchSchema.parse({ theme: "light" })).toEqual({ theme: "light" });
  });

  it("gives dark the same colours whether chosen or taken from the device", () => {
    const chosen = declarations(':root[data-theme="dark"]');
    const device = declarations(':root:not([data-theme="light"], [data-theme="dark"])');
    expect(chosen).toContain("--bg: #16181d");
    expect(device).toEqual(chosen);
    expect(declarations(":root")).toContain(`--bg: ${BACKGROUND.light}`);
    expect(chosen).toContain(`--bg: ${BACKGROUND.dark}`);
  });

  it("colours the browser's bars for the chosen theme, or both for system", () => {
    expect(themeColor("dark")).toBe(BACKGROUND.dark);
    expect(themeColor("light")).toBe(BACKGROUND.light);
    expect(themeColor("system")).toHaveLength(2);
  });
});
