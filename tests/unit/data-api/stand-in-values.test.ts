import { bindParameters, bindValue } from "../../helpers/data-api/parameters";

describe("stand-in: binding request parameters", () => {
  it("binds each Field as the type JDBC would send", () => {
    expect(bindValue({ name: "s", value: { stringValue: "x" } })).toEqual({
      value: "x",
      typeOid: 1043,
    });
    expect(bindValue({ name: "l", value: { longValue: 42 } })).toEqual({
      value: "42",
      typeOid: 20,
    });
    expect(bindValue({ name: "d", value: { doubleValue: 1.5 } })).toEqual({
      value: "1.5",
      typeOid: 701,
    });
    expect(bindValue({ name: "b", value: { booleanValue: false } })).toEqual({
      value: "false",
      typeOid: 16,
    });
    expect(bindValue({ name: "n", value: { isNull: true } })).toEqual({ value: null, typeOid: 0 });
    expect(bindValue({ name: "x", value: { blobValue: "AQI=" } })).toEqual({
      value: Buffer.from([1, 2]),
      typeOid: 17,
    });
  });

  it("applies type hints after checking their documented formats", () => {
    const hinted = (stringValue: string, typeHint: string) =>
      bindValue({ name: "p", value: { stringValue }, typeHint });
    expect(hinted("2026-01-02", "DATE")).toEqual({ value: "2026-01-02", typeOid: 1082 });
    expect(hinted("2026-01-02 03:04:05.678", "TIMESTAMP").typeOid).toBe(1114);
    expect(hinted("3.25", "DECIMAL").typeOid).toBe(1700);
    expect(hinted("{}", "JSON").typeOid).toBe(114);
    expect(hinted("8f0d5f4e-3c3e-4d5e-9b1a-2f6f1c0a9e11", "UUID").typeOid).toBe(2950);
    expect(() => hinted("2026-01-02T03:04:05Z", "TIMESTAMP")).toThrow("Parse Error");
    expect(() => hinted("02/01/2026", "DATE")).toThrow("Parse Error");
  });

  it("rejects array parameters and malformed values as the service does", () => {
    expect(() => bindValue({ name: "a", value: { arrayValue: { longValues: [1] } } })).toThrow(
      "Array parameters are not supported.",
    );
    expect(() => bindValue({ name: "a", value: {} })).toThrow("exactly one value field");
    expect(() => bindValue({ name: "a", value: { longValue: 1.5 } })).toThrow("integer");
  });

  it("orders parameters by placeholder position and requires every name", () => {
    const parameters = [
      { name: "b", value: { longValue: 2 } },
      { name: "a", value: { longValue: 1 } },
    ];
    expect(bindParameters(["a", "b"], parameters).map((bound) => bound.value)).toEqual(["1", "2"]);
    expect(() => bindParameters(["c"], parameters)).toThrow("No value specified for parameter: c");
  });
});
