import { setCaloriesAction, quickAddCaloriesAction } from "@/app/(app)/calories/actions";
import { addDiaryLineAction, saveDiaryAction } from "@/app/(app)/diary/actions";
import { initialFormState } from "@/schemas/form-state";
import { createTask, loadDayList } from "@/server/services/tasks";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { databaseForThisFile } from "../../helpers/test-database";

// The real server actions, with the session check, the request's locale and Next's cache left out.
jest.mock("@/server/auth/session", () => ({ requireOwner: async () => ({ ownerId: "1" }) }));
jest.mock("@/server/http/request-locale", () => ({ getRequestLocale: async () => "en-GB" }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const testDb = databaseForThisFile();
const YEAR_ZERO =
  "0000-01-01 is outside the days Tracker keeps: choose a day from 1900-01-01 to 9999-12-31.";
let today: string;

beforeEach(async () => {
  today = (await loadOwnerCalendar(testDb.db, new Date())).today;
});

async function storedDayRows(): Promise<number> {
  const [row] = await testDb.db.query<Array<{ n: number }>>(
    `SELECT ((SELECT count(*) FROM diary_entries) + (SELECT count(*) FROM calorie_entries))::int AS n`,
  );
  return Number(row?.n);
}

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

describe("input the database cannot hold is refused with a sentence, and nothing is stored", () => {
  it("refuses year 0000 in actions and on a page's day", async () => {
    expect(await saveDiaryAction({ day: "0000-01-01", content: "x", baseVersion: 0 })).toEqual({
      ok: false,
      message: YEAR_ZERO,
    });
    expect(await quickAddCaloriesAction({ day: "0000-01-01", kcal: 100 })).toEqual({
      ok: false,
      message: YEAR_ZERO,
    });
    // With a task, Today's list reads the completions of the asked-for day.
    await createTask(testDb.db, { title: "Water", period: "daily", targetCount: 1 }, new Date());
    await expect(loadDayList(testDb.db, "0000-01-01", new Date())).rejects.toMatchObject({
      status: 422,
      message: YEAR_ZERO,
    });
    expect(await storedDayRows()).toBe(0);
  });

  it("refuses a NUL character or half an emoji in diary text", async () => {
    expect(
      await saveDiaryAction({ day: today, content: "Ran 5\u0000 km", baseVersion: 0 }),
    ).toEqual({
      ok: false,
      message:
        "This text holds a NUL character (an invisible control code), which cannot be saved. Remove it and try again.",
    });
    expect(await addDiaryLineAction({ day: today, line: "Tired \ud83d" })).toEqual({
      ok: false,
      message:
        "This text holds half of an emoji or symbol (a lone surrogate), which cannot be saved. Remove it and try again.",
    });
    expect(await storedDayRows()).toBe(0);
  });

  it("refuses 1e3 and 0x10 as calories", async () => {
    const saved = await setCaloriesAction(
      initialFormState,
      form({ day: today, kcal: "1e3", baseVersion: "0" }),
    );
    expect(saved).toMatchObject({
      ok: false,
      fieldErrors: { kcal: ["Enter a whole number in digits, such as 250."] },
    });
    expect(await quickAddCaloriesAction({ day: today, kcal: "0x10" })).toEqual({
      ok: false,
      message: "Enter a whole number in digits, such as 250.",
    });
    expect(await storedDayRows()).toBe(0);
  });
});
