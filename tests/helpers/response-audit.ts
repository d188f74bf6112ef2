import type { BrowserContext, Response } from "playwright-core";

/** One response a browser received: its URL, headers and body as text. */
export interface RecordedResponse {
  url: string;
  text: string;
}

async function recorded(response: Response): Promise<RecordedResponse> {
  const headers = JSON.stringify(await response.allHeaders());
  // A redirect has no body to read.
  const body = await response.body().then(
    (bytes) => bytes.toString("utf8"),
    () => "",
  );
  return { url: response.url(), text: `${headers}\n${body}` };
}

/** Records every response `context` receives (pages, RSC payloads, scripts, styles, APIs). */
export function recordResponses(context: BrowserContext): () => Promise<RecordedResponse[]> {
  const pending: Array<Promise<RecordedResponse>> = [];
  context.on("response", (response) => pending.push(recorded(response)));
  return () => Promise.all(pending);
}

/**
 * "name in URL" for every secret a response holds, unless `allowedAt(name, url)` says that
 * response may (the setup page carries its own token).
 */
export function secretsInResponses(
  responses: RecordedResponse[],
  secrets: Record<string, string>,
  allowedAt: (name: string, url: URL) => boolean = () => false,
): string[] {
  return responses.flatMap((response) =>
    Object.entries(secrets)
      .filter(([, secret]) => secret.length >= 6 && response.text.includes(secret))
      .filter(([name]) => !allowedAt(name, new URL(response.url)))
      .map(([name]) => `${name} in ${response.url}`),
  );
}
