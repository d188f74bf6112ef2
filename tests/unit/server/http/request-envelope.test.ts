import { requestEnvelopeProblem } from "@/server/http/action-envelope";
import { isValidRouterState } from "@/server/http/router-state";
import { TODAY_ROUTER_TREE } from "../../../helpers/server-actions";

const BOUNDARY = "----test";

function actionPost(
  body: BodyInit,
  contentType: string | null,
  headers: Record<string, string> = {},
) {
  const all: Record<string, string> = { "next-action": "7f00", ...headers };
  if (contentType) all["content-type"] = contentType;
  return new Request("http://localhost/", { method: "POST", body, headers: all });
}

const problem = (request: Request, pathname = "/") =>
  requestEnvelopeProblem(request, pathname).then((found) => found?.status ?? null);

describe("the envelope of a server-action request, checked before Next decodes it", () => {
  it("lets through what the app's own pages send", async () => {
    const json = JSON.stringify([
      { taskId: "1", day: "2026-01-02", note: "$$cost", x: "$undefined" },
    ]);
    await expect(problem(actionPost(json, "text/plain;charset=UTF-8"))).resolves.toBeNull();
    const form = new FormData();
    form.set("0", JSON.stringify([{}, "$K1"]));
    form.set("1_title", "Water");
    await expect(problem(actionPost(form, null))).resolves.toBeNull();
    await expect(problem(new Request("http://localhost/", { method: "GET" }))).resolves.toBeNull();
  });

  it("refuses invalid JSON, a root that is not the arguments' array and references the app never sends", async () => {
    await expect(problem(actionPost("[{", "text/plain"))).resolves.toBe(400);
    await expect(problem(actionPost('{"a":1}', "text/plain"))).resolves.toBe(400);
    for (const reference of ["$1", "$@0", "$Q1", "$T", "$h1", "$n1x", "$B1", "$K1x"]) {
      await expect(
        problem(actionPost(JSON.stringify([{ a: [reference] }]), "text/plain")),
      ).resolves.toBe(400);
    }
    await expect(problem(actionPost("[".repeat(50_000), "text/plain"))).resolves.toBe(400);
    await expect(
      problem(actionPost(new Uint8Array([0x5b, 0xff, 0x5d]), "text/plain")),
    ).resolves.toBe(400);
  });

  it("refuses broken multipart, a multipart root that is not JSON, and other content types", async () => {
    const broken = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n[1]`;
    await expect(
      problem(actionPost(broken, `multipart/form-data; boundary=${BOUNDARY}`)),
    ).resolves.toBe(400);
    const form = new FormData();
    form.set("0", "not json");
    await expect(problem(actionPost(form, null))).resolves.toBe(400);
    await expect(problem(actionPost("a=1", "application/x-www-form-urlencoded"))).resolves.toBe(
      415,
    );
    await expect(problem(actionPost("[]", "application/xml"))).resolves.toBe(415);
  });

  it("refuses a body over 1 MB, declared or not", async () => {
    const big = JSON.stringify([{ content: "x".repeat(1_100_000) }]);
    await expect(problem(actionPost(big, "text/plain"))).resolves.toBe(413);
  });

  it("reads no body of an API request, only its router-state header", async () => {
    const upload = new Request("http://localhost/api/data/import", { method: "POST", body: "{" });
    await expect(problem(upload, "/api/data/import")).resolves.toBeNull();
    const mangled = new Request("http://localhost/api/data/import", {
      method: "POST",
      headers: { "next-router-state-tree": "%7B" },
    });
    await expect(problem(mangled, "/api/data/import")).resolves.toBe(400);
  });
});

describe("the router-state header", () => {
  it("accepts what the client router sends, and its absence", () => {
    expect(isValidRouterState(TODAY_ROUTER_TREE)).toBe(true);
    const dynamic = encodeURIComponent(
      JSON.stringify([
        "",
        { children: [["id", "1", "d"], {}, "/tasks/1", "refetch"] },
        null,
        null,
        true,
      ]),
    );
    expect(isValidRouterState(dynamic)).toBe(true);
    expect(isValidRouterState(null)).toBe(true);
  });

  it("refuses what Next could not parse: bad JSON, bad escapes, wrong shapes, too long", () => {
    for (const value of [
      "%",
      "%7B",
      encodeURIComponent("{}"),
      encodeURIComponent("[1, {}]"),
      encodeURIComponent('["", []]'),
      encodeURIComponent('["", {"children": ["x", {}, 5]}]'),
      encodeURIComponent('[["id", "1", "zz"], {}]'),
      encodeURIComponent('["", {}, null, "sometimes"]'),
      encodeURIComponent(`${'["", {"c": '.repeat(2_000)}`),
      "x".repeat(40_001),
    ]) {
      expect({ value: value.slice(0, 40), valid: isValidRouterState(value) }).toEqual({
        value: value.slice(0, 40),
        valid: false,
      });
    }
  });
});

describe("the origin of a server-action request", () => {
  const from = (origin: string, headers: Record<string, string> = {}) =>
    problem(actionPost("[]", "text/plain", { origin, host: "tracker.example", ...headers }));

  it("refuses another site with 403, as Next would with a 500", async () => {
    await expect(from("https://tracker.example")).resolves.toBeNull();
    await expect(from("https://evil.example")).resolves.toBe(403);
    await expect(from("not a url")).resolves.toBe(403);
  });

  it("compares with the forwarded host a trusted proxy wrote", async () => {
    const proxied = { host: "10.0.0.5:3000", "x-forwarded-host": "tracker.example" };
    await expect(from("https://tracker.example", proxied)).resolves.toBeNull();
    await expect(from("https://evil.example", proxied)).resolves.toBe(403);
  });
});
