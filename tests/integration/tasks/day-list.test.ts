import { randomUUID } from "node:crypto";
import { writeSettings } from "@/server/settings/settings-store";
import { archiveTask, completeTask, loadDayList, moveTask } from "@/server/services/tasks";
import { databaseForThisFile } from "../../helpers/test-database";
import { NOW, TODAY, daily, insertCompletions, newTask, tap } from "./fixtures";

const testDb = databaseForThisFile();

const LATER = new Date("2030-01-20T12:00:00Z");
const listOn = async (day?: string, now = NOW) => (await loadDayList(testDb.db, day, now)).items;
const summary = async (day?: string, now = NOW) =>
  (await listOn(day, now)).map(
    (item) => `${item.title} ${item.state} ${item.count}/${item.target}`,
  );

describe("the day list", () => {
  it("lists active tasks in the owner's order with period progress", async () => {
    const water = await newTask(testDb.db, daily("Water", 8), "2030-01-01");
    const gym = await newTask(
      testDb.db,
      { title: "Gym", period: "weekly", targetCount: 2 },
      "2030-01-01",
    );
    const rent = await newTask(
      testDb.db,
      { title: "Rent", period: "monthly", targetCount: 1 },
      "2029-12-01",
    );
    const old = await newTask(testDb.db, daily("Old"), "2030-01-01");
    await archiveTask(testDb.db, old.id, NOW);
    await insertCompletions(testDb.db, water.id, ["2030-01-15", TODAY, TODAY]);
    await insertCompletions(testDb.db, gym.id, ["2030-01-13", "2030-01-14", TODAY]);
    await insertCompletions(testDb.db, rent.id, ["2029-12-31"]);
    await moveTask(testDb.db, rent.id, "up");
    expect(await summary()).toEqual(["Water open 2/8", "Rent open 0/1", "Gym done 2/2"]);
    const items = await listOn();
    expect(items.find((item) => item.title === "Gym")).toMatchObject({
      dayCount: 1,
      period: "weekly",
    });

    await writeSettings(testDb.db, { weekStartsOn: 0 });
    expect(await summary()).toContain("Gym done 3/2");
  });

  it("shows a past day as it was at its end, tasks created later included (to back-fill)", async () => {
    const water = await newTask(testDb.db, daily("Water", 2), "2030-01-14");
    const fresh = await newTask(testDb.db, daily("New"), TODAY);
    await insertCompletions(testDb.db, water.id, ["2030-01-15", "2030-01-15", TODAY]);
    expect(await summary("2030-01-15")).toEqual(["Water done 2/2", "New open 0/1"]);
    expect(await summary("2030-01-13")).toEqual(["Water open 0/2", "New open 0/1"]);
    expect(await summary()).toEqual(["Water open 1/2", "New open 0/1"]);
    // A habit created today can be logged for a day before it existed.
    await completeTask(
      testDb.db,
      { taskId: fresh.id, day: "2030-01-10", requestId: randomUUID() },
      NOW,
    );
    expect(await summary("2030-01-10")).toEqual(["Water open 0/2", "New done 1/1"]);
  });

  it("walks a one-off task through upcoming, due, overdue and done", async () => {
    const trip = await newTask(
      testDb.db,
      { title: "Book trip", period: "once", targetCount: 2, scheduledDate: "2030-01-18" },
      "2030-01-10",
    );
    expect(await summary("2030-01-17", LATER)).toEqual([]);
    expect(await summary("2030-01-18", LATER)).toEqual(["Book trip open 0/2"]);
    expect(await summary(undefined, LATER)).toEqual(["Book trip overdue 0/2"]);
    await tap(testDb.db, trip.id, "2030-01-12");
    expect(await summary("2030-01-19", LATER)).toEqual(["Book trip overdue 1/2"]);
    await completeTask(
      testDb.db,
      { taskId: trip.id, day: "2030-01-19", requestId: randomUUID() },
      LATER,
    );
    expect(await summary("2030-01-18", LATER)).toEqual(["Book trip open 1/2"]);
    expect(await summary("2030-01-19", LATER)).toEqual(["Book trip done 2/2"]);
    expect(await summary(undefined, LATER)).toEqual([]);
  });

  it("lists one-offs of the next 7 days as upcoming; one done early shows on that day only", async () => {
    const upcoming = async (day?: string) =>
      (await loadDayList(testDb.db, day, NOW)).upcoming.map(
        (item) => `${item.title} ${item.scheduledDate} ${item.count}/${item.target}`,
      );
    const pack = await newTask(
      testDb.db,
      { title: "Pack", period: "once", targetCount: 1, scheduledDate: "2030-01-18" },
      "2030-01-10",
    );
    await newTask(
      testDb.db,
      { title: "Visa", period: "once", targetCount: 2, scheduledDate: "2030-01-17" },
      "2030-01-10",
    );
    await newTask(
      testDb.db,
      { title: "Far", period: "once", targetCount: 1, scheduledDate: "2030-01-24" },
      "2030-01-10",
    );
    expect(await upcoming()).toEqual(["Visa 2030-01-17 0/2", "Pack 2030-01-18 0/1"]);
    // Seven days ahead is included, eight is not.
    expect(await upcoming("2030-01-10")).toEqual(["Visa 2030-01-17 0/2"]);
    await tap(testDb.db, pack.id, TODAY);
    expect(await summary()).toEqual(["Pack done 1/1"]);
    expect(await upcoming()).toEqual(["Visa 2030-01-17 0/2"]);
    expect(await summary("2030-01-18", LATER)).toEqual(["Visa overdue 0/2"]);
    expect(await summary(undefined, LATER)).toEqual(["Visa overdue 0/2"]);
  });

  it("follows the owner's time zone and day-start hour and refuses future days", async () => {
    await writeSettings(testDb.db, { timeZone: "Pacific/Auckland" });
    expect((await loadDayList(testDb.db, undefined, NOW)).today).toBe("2030-01-17");
    await writeSettings(testDb.db, { dayStartHour: 3 });
    const list = await loadDayList(testDb.db, undefined, NOW);
    expect(list).toMatchObject({ today: "2030-01-16", day: "2030-01-16" });
    await expect(loadDayList(testDb.db, "2030-01-17", NOW)).rejects.toMatchObject({
      message: expect.stringMatching(/future/),
    });
    await expect(loadDayList(testDb.db, "2030-13-01", NOW)).rejects.toMatchObject({
      message: "2030-13-01 does not exist.",
    });
  });
});
