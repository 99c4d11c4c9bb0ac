/**
 * The file extension of each MIME type WhatsApp accepts for media (Meta's "supported media
 * types" list), for `filters.extensions` when a file has no name.
 */
const EXTENSIONS: Readonly<Record<string, string>> = {
  "audio/aac": ".aac",
  "audio/amr": ".amr",
  "audio/mpeg": ".mp3",
  "audio/mp4": ".m4a",
  "audio/ogg": ".ogg",
  "text/plain": ".txt",
  "application/vnd.ms-excel": ".xls",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
  "application/msword": ".doc",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
  "application/vnd.ms-powerpoint": ".ppt",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
  "application/pdf": ".pdf",
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/webp": ".webp",
  "video/3gpp": ".3gp",
  "video/mp4": ".mp4",
};

/** A file's extension, lower case with its dot: from its name, else from its MIME type. */
export function extensionOf(
  mimeType: string | undefined,
  filename: string | undefined,
): string | undefined {
  const dot = filename?.lastIndexOf(".") ?? -1;
  if (filename !== undefined && dot > 0) return filename.slice(dot).toLowerCase();
  const type = mimeType?.split(";", 1)[0]?.trim().toLowerCase();
  return type === undefined ? undefined : EXTENSIONS[type];
}
