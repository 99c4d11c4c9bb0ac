export { FlowMediaUrlNotAllowed, isMetaCdnUrl } from "./cdn-url.js";
export {
  type DownloadedMedia,
  type DownloadedMediaBytes,
  type DownloadedMediaFile,
  type DownloadedMediaStream,
  MediaDownloader,
  type MediaDownloaderOptions,
} from "./cloud/downloader.js";
export {
  MediaDownloadFailed,
  type MediaDownloadFailureDetails,
  MediaDownloadFailureReason,
  MediaDownloadTimeout,
  MediaDownloadTooLarge,
  MediaErrorPage,
  MediaHashMismatch,
  MediaNotFound,
  MediaTruncated,
} from "./cloud/errors.js";
export {
  DEFAULT_MAX_CLOUD_MEDIA_SIZE,
  type MediaDownloadOptions,
} from "./cloud/options.js";
export type { MediaSource, MediaUrlInfo, ResolveMediaUrl } from "./cloud/source.js";
export {
  type FlowMediaCheck,
  FlowMediaDownloadError,
  FlowMediaDownloadTimeout,
  FlowMediaEncryptedHashMismatch,
  FlowMediaError,
  FlowMediaHmacMismatch,
  FlowMediaMetadataError,
  FlowMediaNotFound,
  type FlowMediaNotFoundReason,
  FlowMediaPaddingError,
  FlowMediaPlaintextHashMismatch,
  FlowMediaTooLarge,
  FlowMediaVerificationError,
} from "./errors.js";
export {
  type EncryptedFlowMedia,
  encryptedFlowMediaSchema,
  type FlowMediaKeys,
  flowMediaEncryptionMetadataSchema,
  parseEncryptedFlowMedia,
  parseFlowMediaKeys,
} from "./metadata.js";
export { DEFAULT_MAX_MEDIA_SIZE, type FlowMediaOptions } from "./options.js";
export {
  decryptFlowMediaBytes,
  type FlowRequestDecryptedMedia,
  flowRequestMediaDecryptor,
} from "./to-buffer.js";
export { decryptFlowMediaToFile, type FlowRequestDecryptedMediaFile } from "./to-file.js";
export {
  decryptFlowMediaStream,
  decryptFlowMediaWebStream,
  type FlowRequestDecryptedMediaStream,
} from "./to-stream.js";
