import type { ValidationContext } from "../context.js";
import { join } from "../walk.js";

const PER_SCREEN: Readonly<Record<string, number>> = {
  Image: 3,
  EmbeddedLink: 2,
  OptIn: 5,
  PhotoPicker: 1,
  DocumentPicker: 1,
  ImageCarousel: 2,
  NavigationList: 2,
};
const MAX_COMPONENTS = 50;
const MAX_CAROUSELS_PER_FLOW = 3;

/**
 * Per-screen limits (spec 6.2, 6.4, 2): 50 components; at most 3 Images, 2 EmbeddedLinks,
 * 5 OptIns, 1 picker, 2 ImageCarousels (3 in the flow); PhotoPicker and DocumentPicker never
 * together; NavigationList alone and not on a terminal screen; RichText with a Footer from 6.3.
 */
export function checkScreenLimits(ctx: ValidationContext): void {
  let carousels = 0;
  for (const screen of ctx.screens) {
    const { components } = screen;
    if (components.length > MAX_COMPONENTS) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        join(join(screen.path, "layout"), "children"),
        `screen ${screen.id} has ${components.length} components; the limit is ${MAX_COMPONENTS} (nested ones count): split it into two screens`,
      );
    }
    const seen = new Map<string, number>();
    for (const component of components) {
      const count = (seen.get(component.type) ?? 0) + 1;
      seen.set(component.type, count);
      const max = PER_SCREEN[component.type];
      if (max !== undefined && count === max + 1) {
        ctx.report(
          "INVALID_PROPERTY_VALUE",
          component.path,
          `a screen has at most ${max} ${component.type}${max === 1 ? "" : "s"}; screen ${screen.id} has more`,
        );
      }
      if (component.type === "ImageCarousel" && ++carousels === MAX_CAROUSELS_PER_FLOW + 1) {
        ctx.report(
          "INVALID_PROPERTY_VALUE",
          component.path,
          `a flow has at most ${MAX_CAROUSELS_PER_FLOW} ImageCarousels`,
        );
      }
    }
    const photo = components.find((c) => c.type === "PhotoPicker");
    const document = components.find((c) => c.type === "DocumentPicker");
    if (photo && document) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        (components.indexOf(photo) > components.indexOf(document) ? photo : document).path,
        `PhotoPicker and DocumentPicker cannot share a screen: move one to its own screen`,
      );
    }
    const navigation = components.find((c) => c.type === "NavigationList");
    if (navigation) {
      const other = components.find((c) => c.type !== "NavigationList");
      if (other) {
        ctx.report(
          "INVALID_PROPERTY_VALUE",
          other.path,
          `a screen with a NavigationList cannot have other components (${other.type} here)`,
        );
      }
      if (screen.terminal) {
        ctx.report(
          "INVALID_PROPERTY_VALUE",
          navigation.path,
          `a NavigationList cannot be on terminal screen ${screen.id}`,
        );
      }
    }
    const richText = components.some((c) => c.type === "RichText");
    const footer = components.find((c) => c.type === "Footer");
    if (richText && footer && !ctx.atLeast("6.3")) {
      ctx.report(
        "INVALID_PROPERTY_VALUE",
        footer.path,
        `a Footer on the same screen as RichText needs Flow JSON 6.3 or newer; this flow is ${ctx.version}`,
      );
    }
  }
}
