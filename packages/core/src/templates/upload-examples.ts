import type { ResumableUploadApi } from "../uploads/resumable-upload-api.js";
import { Carousel, CarouselCard } from "./carousel.js";
import { isMediaHeader, type MediaHeaderComponent } from "./media-headers.js";
import type { ExampleUploadOptions } from "./options.js";
import type { TemplateComponentInput } from "./template.js";

/**
 * The components with every media header's example uploaded (headers of carousel cards too):
 * an example that is a file becomes its handle. One file given to several headers is uploaded
 * once; the components given are not changed.
 */
export async function withUploadedExamples(
  components: readonly TemplateComponentInput[],
  uploads: ResumableUploadApi,
  options: ExampleUploadOptions,
  done = new Map<unknown, Promise<string>>(),
): Promise<TemplateComponentInput[]> {
  const upload = (header: MediaHeaderComponent): Promise<string> => {
    let handle = done.get(header.example);
    if (!handle) {
      handle = uploads
        .upload(header.example, { ...options, mimeType: header.mimeType })
        .then((r) => r.handle);
      done.set(header.example, handle);
    }
    return handle;
  };
  return Promise.all(
    components.map(async (c) => {
      if (isMediaHeader(c) && c.handle === undefined) return c.withHandle(await upload(c));
      if (c instanceof Carousel) {
        const cards = await Promise.all(
          c.cards.map(
            async (card) =>
              new CarouselCard({
                components: await withUploadedExamples(card.components, uploads, options, done),
              }),
          ),
        );
        return new Carousel({ cards });
      }
      return c;
    }),
  );
}
