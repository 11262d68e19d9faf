/** What the folder helpers throw besides the client's API errors. */
import { LlamaCloudError } from '../errors.js';

/** A path given to upload does not exist, cannot be read, or is neither a file nor a folder; nothing was sent. */
export class FileSelectionError extends LlamaCloudError {
  override name = 'FileSelectionError';
}
