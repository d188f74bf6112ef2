import { z } from "zod";
import { newRequestId } from "@/components/today/request-id";

describe("newRequestId", () => {
  it("uses crypto.randomUUID when the context has it", () => {
    expect(z.uuid().safeParse(newRequestId()).success).toBe(true);
  });

  it("builds a valid v4 UUID from random bytes over plain HTTP", () => {
    const insecure = {
      getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
        if (array instanceof Uint8Array) array.fill(0xff);
        return array;
      },
    } as Crypto;
    const id = newRequestId(insecure);
    expect(id).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
    expect(z.uuid().safeParse(id).success).toBe(true);
  });
});
