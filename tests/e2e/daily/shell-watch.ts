import type { Page } from "playwright-core";

export interface PageWatch {
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
  /** Every sub-resource (not a page itself) that answered 404. */
  missing: string[];
}

/** Records what a person would see in the browser's console while the page is used. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], missing: [] };
  page.on("console", (message) => {
    if (message.type() === "error") watch.errors.push(message.text());
  });
  page.on("pageerror", (error) => watch.errors.push(error.message));
  page.on("response", (response) => {
    const request = response.request();
    if (response.status() === 404 && request.resourceType() !== "document") {
      watch.missing.push(response.url());
    }
  });
  return watch;
}

/** The page's background colour as the browser computed it, e.g. "rgb(22, 24, 29)". */
export function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

export const LIGHT_BG = "rgb(247, 247, 245)";
export const DARK_BG = "rgb(22, 24, 29)";
