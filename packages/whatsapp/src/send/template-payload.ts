import type { ReplyableOptions } from "@tswa/core";
import type { TemplateFlowButton } from "./template-flow-button.js";

/** Options of `wa.sendTemplate`. */
export interface SendTemplateOptions extends ReplyableOptions {
  /** The approved template's name. */
  name: string;
  /** The template's language code, such as `en_US`. */
  language: string;
  /** The template's components: header/body parameters as Graph objects, flow buttons as {@link TemplateFlowButton}. */
  components?: readonly (TemplateFlowButton | Record<string, unknown>)[] | undefined;
}

/** The `template` object of a template message. */
export function templateContent(options: SendTemplateOptions): Record<string, unknown> {
  const template: Record<string, unknown> = {
    name: options.name,
    language: { code: options.language },
  };
  if (options.components?.length) {
    template.components = options.components.map((component) =>
      typeof component.toJSON === "function" ? component.toJSON() : component,
    );
  }
  return template;
}
