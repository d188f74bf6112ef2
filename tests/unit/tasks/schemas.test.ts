import { formDataToObject, invalidForm } from "@/schemas/form-state";
import {
  calendarSettingsSchema,
  completeTaskSchema,
  taskIdSchema,
  taskInputSchema,
  taskUpdateSchema,
} from "@/schemas/tasks";

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return formDataToObject(data);
}

function fieldErrors(result: ReturnType<typeof taskInputSchema.safeParse>) {
  return result.success ? {} : invalidForm(result.error).fieldErrors;
}

describe("task form schema", () => {
  it("reads a form: trims, coerces the target and drops empty optional fields", () => {
    const parsed = taskInputSchema.parse(
      form({ title: "  Water ", period: "daily", targetCount: "8", unit: "", scheduledDate: "" }),
    );
    expect(parsed).toEqual({ title: "Water", period: "daily", targetCount: 8 });
  });

  it("puts each problem beside its field", () => {
    const result = taskInputSchema.safeParse(
      form({ title: "   ", period: "daily", targetCount: "2.5", unit: "x".repeat(41) }),
    );
    expect(fieldErrors(result)).toEqual({
      title: ["Enter a title."],
      targetCount: ["Enter a whole number."],
      unit: ["Use at most 40 characters."],
    });
  });

  it.each([
    ['"abc"', "abc", "Enter a whole number."],
    ["blank", "", "Enter a whole number."],
    ['"1e3"', "1e3", "Enter a whole number."],
    ['"0x10"', "0x10", "Enter a whole number."],
    ["400 nines", "9".repeat(400), "Use at most 1000."],
    ["minus 400 nines", "-" + "9".repeat(400), "Use at least 1."],
    ['"0"', "0", "Use at least 1."],
    ['"1001"', "1001", "Use at most 1000."],
  ])("names what is wrong with a target of %s", (_, targetCount, message) => {
    const result = taskInputSchema.safeParse(
      form({ title: "Water", period: "daily", targetCount }),
    );
    expect(fieldErrors(result)).toEqual({ targetCount: [message] });
  });

  it("requires a real date exactly for one-off tasks", () => {
    const once = { title: "Trip", period: "once", targetCount: "1" };
    expect(fieldErrors(taskInputSchema.safeParse(form(once)))).toEqual({
      scheduledDate: ["Choose the day a one-off task is due."],
    });
    expect(
      fieldErrors(taskInputSchema.safeParse(form({ ...once, scheduledDate: "2030-02-30" }))),
    ).toEqual({
      scheduledDate: ["2030-02-30 does not exist."],
    });
    const weekly = { ...once, period: "weekly", scheduledDate: "2030-02-01" };
    expect(fieldErrors(taskInputSchema.safeParse(form(weekly)))).toEqual({
      scheduledDate: ["Only one-off tasks have a date."],
    });
    expect(
      taskInputSchema.parse(form({ ...once, scheduledDate: "2030-02-28" })).scheduledDate,
    ).toBe("2030-02-28");
  });

  it("accepts only digit-string ids and UUID request ids", () => {
    expect(taskIdSchema.safeParse("42").success).toBe(true);
    for (const id of ["", "4a", "-1", "1".repeat(19)]) {
      expect(taskIdSchema.safeParse(id).success).toBe(false);
    }
    const edit = { taskId: "7", title: "A", period: "monthly", targetCount: 1000 };
    expect(taskUpdateSchema.safeParse(edit).success).toBe(true);
    expect(taskUpdateSchema.safeParse({ ...edit, targetCount: 1001 }).success).toBe(false);
    const tap = { taskId: "7", day: "2030-01-16", requestId: "not-a-uuid" };
    expect(completeTaskSchema.safeParse(tap).success).toBe(false);
  });
});

describe("calendar settings schema", () => {
  it("stores the time zone as the runtime spells it and checks the ranges", () => {
    expect(
      calendarSettingsSchema.parse(
        form({ timeZone: "europe/berlin", dayStartHour: "3", weekStartsOn: "0" }),
      ),
    ).toEqual({ timeZone: "Europe/Berlin", dayStartHour: 3, weekStartsOn: 0 });
    const bad = calendarSettingsSchema.safeParse(
      form({ timeZone: "Mars/Olympus", dayStartHour: "7", weekStartsOn: "1" }),
    );
    expect(bad.success ? {} : invalidForm(bad.error).fieldErrors).toEqual({
      timeZone: ["Choose a time zone such as Europe/Berlin."],
      dayStartHour: ["Use an hour from 0 to 6."],
    });
  });
});
