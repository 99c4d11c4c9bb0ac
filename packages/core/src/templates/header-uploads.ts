import type { MediaType } from "../media/media-types.js";
import type { UploadableMedia } from "../media/upload-source.js";
import { CarouselCardParams, CarouselParams } from "./carousel.js";
import type { TemplateParams } from "./component.js";
import { MediaHeaderParams, type MediaKind, type UploadedHeaderMedia } from "./media-headers.js";
import type { TemplateParamInput } from "./send-template.js";

/** What a header's file is uploaded as (its limits follow): a GIF is an MP4 video. */
const UPLOAD_TYPES: Record<MediaKind, MediaType> = {
  HeaderImage: "image",
  HeaderVideo: "video",
  HeaderGIF: "video",
  HeaderDocument: "document",
};

/** One file to upload, and the parameters waiting for it. */
export interface HeaderUpload {
  /** The file. */
  readonly file: UploadableMedia;
  /** What it is uploaded as. */
  readonly mediaType: MediaType;
  /** Its MIME type. */
  readonly mimeType: string | undefined;
  /** Its file name. */
  readonly filename: string | undefined;
  /** The parameters it fills. */
  readonly params: readonly MediaHeaderParams[];
}

/** Every media header's parameters, carousel cards' too. */
function* mediaParams(params: readonly TemplateParamInput[]): Generator<MediaHeaderParams> {
  for (const param of params) {
    if (param instanceof MediaHeaderParams) yield param;
    else if (param instanceof CarouselParams) {
      for (const card of param.cards) yield* mediaParams(card.params);
    }
  }
}

/** The files to upload; one file (the same path or object) in several headers is uploaded once. */
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

/** Copies of the parameters with each file's media filled in; the given ones stay as they are. */
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

/** Uploads the files side by side; the first failure aborts the others and is thrown. */
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
