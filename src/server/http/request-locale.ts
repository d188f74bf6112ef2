import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { localeFromAcceptLanguage } from "@/domain/calendar/accept-language";

/**
 * The owner's display locale for this request, from the browser's Accept-Language header, so
 * the server renders dates as the browser would (pages pass it down as `locale`). Once per
 * request (React `cache`).
 */
export const getRequestLocale = cache(async (): Promise<string> => {
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});
