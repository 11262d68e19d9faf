/// <reference types="node" />
/**
 * `@llamacloud-batch/client/folders` (Node): upload a folder into a directory and run a batch over it,
 * resumably and never twice. Its own entry, so an app that never uploads a folder does not carry it
 * (the client's one-call bundle does not change).
 */
export { eachConcurrently } from './concurrently.js';
export { FileSelectionError } from './errors.js';
export { globToRegExp, pathFilter } from './glob.js';
export { mediaTypeOf } from './media-types.js';
export {
  collectFiles,
  type HashedFile,
  hashFile,
  type LocalFile,
  planUploads,
  type Skipped,
  type UploadPlan,
  type WalkOptions,
} from './plan.js';
export { type FileOutcome, outcomesOf, type RunFolderOptions, type RunFolderResult, runFolder } from './run-folder.js';
export {
  type DirectoryFile,
  filesInDirectory,
  type UploadFailure,
  type UploadOptions,
  type UploadResult,
  uploadFiles,
} from './upload-files.js';
export {
  DEFAULT_UPLOAD_CONCURRENCY,
  type UploadFolderOptions,
  type UploadFolderResult,
  uploadFolder,
} from './upload-folder.js';
