import { startApp, type RunningApp } from "../../helpers/app-server";
import { HttpSession } from "../../helpers/http-session";
import { addOwner } from "../../helpers/owner";
import { OWNER_PASSWORD } from "../../helpers/browser";

let app: RunningApp;
let owner: HttpSession;

beforeAll(async () => {
  app = await startApp();
  await addOwner(app);
  owner = new HttpSession(app.baseUrl);
  await owner.logIn(OWNER_PASSWORD);
}, 120_000);
afterAll(() => app?.stop());

function postImport(query: string, body: BodyInit, headers: Record<string, string> = {}) {
  return owner.request(`/api/data/import?${query}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
}

async function exportText(): Promise<string> {
  const response = await owner.request("/api/data/export?format=json");
  expect(response.headers.get("content-disposition")).toMatch(
    /^attachment; filename="tracker-\d{4}-\d{2}-\d{2}\.json"$/,
  );
  return response.text();
}

describe("the data routes", () => {
  it("exports JSON and a CSV zip as downloads", async () => {
    expect(JSON.parse(await exportText())).toMatchObject({
      format: "tracker-export",
      formatVersion: 1,
    });
    const zip = await owner.request("/api/data/export?format=csv");
    expect(zip.headers.get("content-type")).toBe("application/zip");
    expect(
      Buffer.from(await zip.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    expect((await owner.request("/api/data/export?format=xml")).status).toBe(400);
  });

  it("streams progress lines and the report of a merge", async () => {
    const response = await postImport("mode=merge", await exportText());
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string });
    expect(lines.at(0)).toMatchObject({ type: "progress", done: 0 });
    expect(lines.at(-1)).toMatchObject({ type: "report", report: { mode: "merge" } });
  });

  it("answers what a client can get wrong with a 4xx and a sentence", async () => {
    const text = await exportText();
    const replaceUnconfirmed = await postImport("mode=replace", text);
    expect(replaceUnconfirmed.status).toBe(422);
    expect(await replaceUnconfirmed.json()).toEqual({
      error: "Type REPLACE to confirm that everything in Tracker is replaced.",
    });
    expect((await postImport("mode=sideways", text)).status).toBe(422);
    const newer = await postImport(
      "mode=merge",
      JSON.stringify({ ...JSON.parse(text), formatVersion: 2 }),
    );
    expect(newer.status).toBe(422);
    expect(((await newer.json()) as { error: string }).error).toMatch(/newer Tracker/);
    const notUtf8 = await postImport("mode=merge", new Uint8Array([0xff, 0xfe, 0x00, 0x7b]));
    expect(notUtf8.status).toBe(400);
    const tooLarge = await postImport("mode=merge", "x", {
      "content-length": String(60 * 1024 * 1024),
    }).catch(() => null);
    if (tooLarge) expect(tooLarge.status).toBe(413);
    const big = await postImport("mode=merge", " ".repeat(50 * 1024 * 1024 + 10));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: string }).error).toBe(
      "This file is larger than 50 MB, the most Tracker imports. Nothing was imported.",
    );
    const crossSite = await postImport("mode=merge", text, { origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect((await owner.request("/api/data/backups/..%2F..%2Fetc%2Fpasswd")).status).toBe(404);
    expect((await owner.request("/api/data/import")).status).toBe(405);
  });
});
