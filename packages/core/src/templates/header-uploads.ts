import type { MediaType } from "../media/media-types.js";
import type { UploadableMedia } from "../media/upload-source.js";
import { CarouselCardParams, CarouselParams } from "./carousel.js";
import type { TemplateParams } from "./component.js";
import { MediaHeaderParams, type MediaKind, type UploadedHeaderMedia } from "./media-headers.js";
import type { TemplateParamInput } from "./send-template.js";

/**
 * What each media header's file is uploaded as, which sets its size limit and the types it
 * takes: a GIF header plays an MP4, so its file is a video.
 */
const UPLOAD_TYPES: Record<MediaKind, MediaType> = {
  HeaderImage: "image",
  HeaderVideo: "video",
  HeaderGIF: "video",
  HeaderDocument: "document",
};

/** One file to upload for a template's media headers, and the parameters waiting for it. */
export interface HeaderUpload {
  /** The file as given. */
  readonly file: UploadableMedia;
  /** What it is uploaded as (image, video or document). */
  readonly mediaType: MediaType;
  /** The MIME type given for it. */
  readonly mimeType: string | undefined;
  /** The file name given for it (documents). */
  readonly filename: string | undefined;
  /** The parameters its media id fills. */
  readonly params: readonly MediaHeaderParams[];
}

/** Every media header's parameters, at the top level and in each carousel card. */
function* mediaParams(params: readonly TemplateParamInput[]): Generator<MediaHeaderParams> {
  for (const param of params) {
    if (param instanceof MediaHeaderParams) yield param;
    else if (param instanceof CarouselParams) {
      for (const card of param.cards) yield* mediaParams(card.params);
    }
  }
}

/**
 * The files a template's parameters wait for, in order. One file given to several headers
 * (the same path, the same bytes object) with the same options is uploaded once: a stream can
 * only be read once, and a carousel often shows one picture on several cards.
 */
export function headerUploads(params: readonly TemplateParamInput[]): HeaderUpload[] {
  const uploads: (HeaderUpload & { params: MediaHeaderParams[] })[] = [];
  for (const param of mediaParams(params)) {
    if (param.file === undefined) continue;
    const mediaType = UPLOAD_TYPES[param.component];
    const same = uploads.find(
      (u) =>
        u.file === param.file &&
        u.mediaType === mediaType &&
        u.mimeType === param.mimeType &&
        u.filename === param.filename,
    );
    if (same) same.params.push(param);
    else {
      const { file, mimeType, filename } = param;
      uploads.push({ file, mediaType, mimeType, filename, params: [param] });
    }
  }
  return uploads;
}

/**
 * The parameters with each waiting file replaced by the media `uploaded` gives for it. New
 * objects are made where something changed: the caller's parameters stay as given, ready for
 * the next send.
 */
export function withHeaderMedia(
  params: readonly TemplateParamInput[],
  uploaded: (param: MediaHeaderParams) => UploadedHeaderMedia,
): TemplateParamInput[] {
  return params.map((param) => fill(param, uploaded));
}

function fill<P extends TemplateParamInput>(
  param: P,
  uploaded: (param: MediaHeaderParams) => UploadedHeaderMedia,
): P | TemplateParams {
  if (param instanceof MediaHeaderParams) {
    return param.file === undefined ? param : param.withUpload(uploaded(param));
  }
  if (param instanceof CarouselParams) {
    const cards = param.cards.map(
      (card) =>
        new CarouselCardParams({
          index: card.index,
          params: card.params.map((p) => fill(p, uploaded)),
        }),
    );
    return new CarouselParams({ cards });
  }
  return param;
}

/**
 * Uploads each file with `upload`, side by side, and maps every waiting parameter to its
 * media. When one upload fails, the others are aborted and the first failure is thrown.
 */
export async function uploadHeaderFiles<M extends UploadedHeaderMedia>(
  uploads: readonly HeaderUpload[],
  upload: (file: HeaderUpload, signal: AbortSignal) => Promise<M>,
  signal?: AbortSignal | undefined,
): Promise<Map<MediaHeaderParams, M>> {
  const failed = new AbortController();
  const both = signal === undefined ? failed.signal : AbortSignal.any([signal, failed.signal]);
  const media = await Promise.all(
    uploads.map((u) =>
      upload(u, both).catch((error: unknown) => {
        failed.abort(error);
        throw error;
      }),
    ),
  );
  const byParam = new Map<MediaHeaderParams, M>();
  uploads.forEach((u, i) => {
    for (const param of u.params) byParam.set(param, media[i] as M);
  });
  return byParam;
}
