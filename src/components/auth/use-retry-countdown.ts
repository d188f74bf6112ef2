"use client";

import { useEffect, useState } from "react";
import { remainingMs } from "@/domain/auth/retry-countdown";

/**
 * Milliseconds left until `retryAt` (ms since the epoch), ticking every second and stopping at
 * zero; null while there is nothing to wait for, and before hydration (the server's clock would
 * not match the browser's).
 */
export function useRetryCountdown(retryAt: number | null): number | null {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (retryAt === null) {
      setLeft(null);
      return;
    }
    const tick = () => {
      const ms = remainingMs(retryAt, Date.now());
      setLeft(ms);
      if (ms === 0) window.clearInterval(timer);
    };
    const timer = window.setInterval(tick, 1000);
    tick();
    return () => window.clearInterval(timer);
  }, [retryAt]);
  return left;
}
