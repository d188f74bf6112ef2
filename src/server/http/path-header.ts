/**
 * The request's path, set by the middleware: Next renders a not-found page without its URL,
 * and that page names what was missing. A plain constant, so the edge middleware can import it.
 */
export const PATH_HEADER = "x-tracker-path";
