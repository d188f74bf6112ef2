import { markdownToPlainText } from "@/domain/diary/plain-text";

describe("markdownToPlainText", () => {
  it("drops the marks the read view turns into formatting", () => {
    expect(
      markdownToPlainText(
        "# Sunday\n## Plans\n> quoted\n- a **long** [walk](https://example.org)\n12. `code` and *this*",
      ),
    ).toBe("Sunday\nPlans\nquoted\na long walk\ncode and this");
  });

  it("drops _italic_ underscores but keeps snake_case", () => {
    expect(markdownToPlainText("a _quiet_ day in snake_case")).toBe("a quiet day in snake_case");
  });

  it("keeps text that only looks like a mark", () => {
    expect(markdownToPlainText("#hashtag, 3.5 km, a-b, [not a link] (x)")).toBe(
      "#hashtag, 3.5 km, a-b, [not a link] (x)",
    );
  });
});
