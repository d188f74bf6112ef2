/** Edge-safe constants shared by the middleware and the session check. */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Set by the middleware on every request (overwriting any sent): the path and query asked for. */
export const REQUEST_PATH_HEADER = "x-tracker-path";
