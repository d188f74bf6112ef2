import { notFound, redirect } from "next/navigation";
import { settle, settleAction, UNREACHABLE_MESSAGE } from "@/components/forms/settle";

/** The error `redirect()` throws, as the router rejects an action that redirected. */
function thrownBy(signal: () => never): unknown {
  try {
    signal();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

describe("settling a server action call", () => {
  it("passes a result through", async () => {
    await expect(settleAction(async () => ({ ok: true, data: 3 }))).resolves.toEqual({
      ok: true,
      data: 3,
    });
    const refused = { ok: false as const, message: "Stretch is archived." };
    await expect(settleAction(async () => refused)).resolves.toBe(refused);
  });

  it("turns a request that never came back into a message", async () => {
    const offline = () => Promise.reject(new TypeError("Failed to fetch"));
    await expect(settleAction(offline)).resolves.toEqual({
      ok: false,
      message: UNREACHABLE_MESSAGE,
      retry: true,
    });
    await expect(settle(offline, "fallback")).resolves.toBe("fallback");
  });

  it("lets Next's redirect and not-found signals through to the router", async () => {
    const redirecting = thrownBy(() => redirect("/login"));
    await expect(settleAction(() => Promise.reject(redirecting))).rejects.toBe(redirecting);
    const missing = thrownBy(() => notFound());
    await expect(settle(() => Promise.reject(missing), "fallback")).rejects.toBe(missing);
  });
});
