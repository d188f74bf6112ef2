/** One measured load of one route: autocannon at a fixed concurrency, after a warm-up. */
import autocannon from "autocannon";

export interface LoadTarget {
  /** Full URL of the first request. */
  url: string;
  headers: Record<string, string>;
  /** A sequence each connection cycles through (actions); a plain GET of `url` otherwise. */
  requests?: autocannon.Request[];
}

export interface LoadFigures {
  p50: number;
  p975: number;
  p99: number;
  reqPerSec: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Response bytes (body and headers) per request. */
  bytes: number;
}

export interface LoadSettings {
  connections: number;
  /** Seconds measured. */
  duration: number;
  /** Seconds of load before measuring, thrown away (0: none). */
  warmup: number;
  /** Fewer completed requests than this and the run is repeated for longer. */
  minRequests: number;
}

function run(target: LoadTarget, connections: number, duration: number) {
  return autocannon({
    url: target.url,
    headers: target.headers,
    requests: target.requests,
    connections,
    duration,
  });
}

/**
 * Loads `target` for the set duration after a warm-up. A slow page under 10 connections can
 * finish too few requests for a percentile (or none, when each takes longer than the run):
 * then the run is repeated with twice the duration, up to 8 times as long.
 */
export async function measureLoad(
  target: LoadTarget,
  settings: LoadSettings,
): Promise<LoadFigures> {
  if (settings.warmup > 0) await run(target, settings.connections, settings.warmup);
  let duration = settings.duration;
  let result = await run(target, settings.connections, duration);
  // A run with no answer at all (a machine busy with other work) has no figures: go on longer.
  const longEnough = (total: number) => duration >= (total === 0 ? 64 : 8) * settings.duration;
  while (result.requests.total < settings.minRequests && !longEnough(result.requests.total)) {
    duration *= 2;
    result = await run(target, settings.connections, duration);
  }
  return {
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    reqPerSec: result.requests.total / duration,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    bytes: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}
