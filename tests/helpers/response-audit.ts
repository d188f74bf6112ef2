import type { Browser, BrowserContext, Response as BrowserResponse } from "playwright-core";

/** One response a browser received: its URL, headers and body as text. */
export interface RecordedResponse {
  url: string;
  text: string;
}

/** Never rejects: a page closed before its response was read leaves what could be read. */
async function recorded(response: BrowserResponse): Promise<RecordedResponse> {
  const headers = await response.allHeaders().then(JSON.stringify, () => "");
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

const secretsOfApps: Array<Record<string, string>> = [];

/** Called for every app a test file starts: no browser response may hold these. */
export function keepOutOfResponses(secrets: Record<string, string>): void {
  secretsOfApps.push(secrets);
}

const onSetupPage = (name: string, url: URL) =>
  name === "the setup token" && url.pathname === "/setup";

/**
 * Records every response of every context `browser` opens; `close()` then fails when one held
 * a secret of an app this test file started (the setup token is the setup page's own).
 */
export function auditResponses(browser: Browser): Browser {
  const recorders: Array<() => Promise<RecordedResponse[]>> = [];
  const newContext = browser.newContext.bind(browser);
  // newPage() opens its context through newContext(), so this sees every page too.
  browser.newContext = async (options) => {
    const context = await newContext(options);
    recorders.push(recordResponses(context));
    return context;
  };
  const close = browser.close.bind(browser);
  browser.close = async (options) => {
    const responses = (await Promise.all(recorders.map((received) => received()))).flat();
    await close(options);
    failOnSecrets(responses);
  };
  return browser;
}

function failOnSecrets(responses: RecordedResponse[]): void {
  const leaked = secretsOfApps.flatMap((secrets) =>
    secretsInResponses(responses, secrets, onSetupPage),
  );
  if (leaked.length) throw new Error(`a response held ${[...new Set(leaked)].join("; ")}`);
}

/** A body a test never read to its end (a stream it dropped) is not waited for longer. */
const BODY_WAIT_MS = 5_000;

async function fetchedText(response: Response): Promise<RecordedResponse> {
  const headers = JSON.stringify([...response.headers]);
  const timeout = new Promise<string>((resolve) => {
    setTimeout(resolve, BODY_WAIT_MS, "").unref();
  });
  const body = await Promise.race([response.text().catch(() => ""), timeout]);
  return { url: response.url, text: `${headers}\n${body}` };
}

/**
 * Keeps every response the test file's own `fetch` calls receive (a copy of each body) until
 * the returned check, which restores `fetch` and fails if one held an app's secret.
 */
export function auditFetchResponses(): () => Promise<void> {
  const original = globalThis.fetch;
  const received: Array<Promise<RecordedResponse>> = [];
  globalThis.fetch = async (input, init) => {
    const response = await original(input, init);
    received.push(fetchedText(response.clone()));
    return response;
  };
  return async () => {
    globalThis.fetch = original;
    failOnSecrets(await Promise.all(received));
  };
}
