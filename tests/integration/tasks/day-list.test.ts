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

  it("shows a past day as it was at its end and hides tasks created later", async () => {
    const water = await newTask(testDb.db, daily("Water", 2), "2030-01-14");
    await newTask(testDb.db, daily("New"), TODAY);
    await insertCompletions(testDb.db, water.id, ["2030-01-15", "2030-01-15", TODAY]);
    expect(await summary("2030-01-15")).toEqual(["Water done 2/2"]);
    expect(await summary("2030-01-13")).toEqual([]);
    expect(await summary()).toEqual(["Water open 1/2", "New open 0/1"]);
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

  it("never lists a one-off task finished before its date", async () => {
    const trip = await newTask(
      testDb.db,
      { title: "Pack", period: "once", targetCount: 1, scheduledDate: "2030-01-18" },
      "2030-01-10",
    );
    await tap(testDb.db, trip.id, TODAY);
    expect(await summary("2030-01-18", LATER)).toEqual([]);
    expect(await summary(undefined, LATER)).toEqual([]);
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
      message: expect.stringMatching(/valid day/),
    });
  });
});
