/** A legacy file the import cannot read: the message is one sentence for the person running it. */
export class LegacyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LegacyFileError";
  }
}
