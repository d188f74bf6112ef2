import { sameOriginPathOnly } from "@/server/auth/callback-url";

const baseUrl = "http://localhost:3000";
const redirect = (url: string) => sameOriginPathOnly({ url, baseUrl });

describe("where next-auth may send the browser (and what its callback-url cookie holds)", () => {
  it("keeps this origin's path but never a query string, so no setup token is stored", () => {
    expect(redirect("http://localhost:3000/setup?token=0123abcd")).toBe(`${baseUrl}/setup`);
    expect(redirect("/setup?token=0123abcd#top")).toBe(`${baseUrl}/setup`);
    expect(redirect("/login")).toBe(`${baseUrl}/login`);
  });

  it("sends anything else to this origin's home", () => {
    expect(redirect("https://evil.example/setup?token=0123abcd")).toBe(baseUrl);
    expect(redirect("//evil.example/login")).toBe(baseUrl);
    expect(redirect("http://localhost:3001/")).toBe(baseUrl);
    expect(redirect("http://[bad")).toBe(baseUrl);
  });
});
