/**
 * An error whose message is written for the person using the app. Services throw it for
 * anything a client can cause; adapters turn it into a 4xx or a form message, never a 500.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 | 413 | 422 | 429 = 422,
  ) {
    super(message);
    this.name = "UserError";
  }
}
