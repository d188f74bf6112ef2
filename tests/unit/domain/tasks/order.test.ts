import { moveItem, placeActiveOrder, reconcileOrder } from "@/domain/tasks";

const rows = [
  { id: "1", active: true },
  { id: "2", active: false },
  { id: "3", active: true },
  { id: "4", active: true },
];

describe("task order", () => {
  it("puts the active tasks in the new order around the archived ones", () => {
    expect(placeActiveOrder(rows, ["4", "1", "3"])).toEqual(["4", "2", "1", "3"]);
  });

  it("refuses an order that is not exactly the active tasks", () => {
    expect(placeActiveOrder(rows, ["4", "1"])).toBeNull();
    expect(placeActiveOrder(rows, ["4", "1", "3", "5"])).toBeNull();
    expect(placeActiveOrder(rows, ["4", "1", "2"])).toBeNull();
    expect(placeActiveOrder(rows, ["4", "4", "1"])).toBeNull();
  });

  it("moves one item and ignores moves past either end", () => {
    expect(moveItem(["a", "b", "c"], 0, 2)).toEqual(["b", "c", "a"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 3)).toEqual(["a", "b", "c"]);
  });

  it("shows the preferred order for the ids the server still has, then new ones", () => {
    expect(reconcileOrder(["a", "b", "c"], ["c", "a", "b"])).toEqual(["c", "a", "b"]);
    expect(reconcileOrder(["a", "c", "d"], ["c", "b", "a"])).toEqual(["c", "a", "d"]);
  });
});
