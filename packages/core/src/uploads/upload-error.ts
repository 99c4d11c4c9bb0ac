import { WhatsAppError } from "../errors.js";

/**
 * A file to upload could not be read or described (no size for a stream, no type, a missing
 * path, a `data:` URI that is not valid base64). Thrown before any call to Graph. Its message
 * never holds the file's data.
 */
export class UploadFileError extends WhatsAppError {
  /** The option that is missing or wrong, such as `fileLength` or `mimeType`. */
  readonly field: string;

  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.field = field;
  }
}
