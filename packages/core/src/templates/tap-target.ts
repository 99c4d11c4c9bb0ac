import { checkHttpUrl } from "../messages/validate.js";
import { asTemplateCheck, checkTemplateText } from "./checks.js";
import { TemplateParams } from "./component.js";

/**
 * A tappable title and link over a marketing template's image (Marketing Messages Lite): sent
 * with the parameters, though no component of the template asks for it.
 *
 * @example
 * ```ts
 * import { templates } from "@tswa/core";
 *
 * new templates.TapTargetConfiguration({ title: "Shop the sale", url: "https://example.com/sale" });
 * ```
 */
export class TapTargetConfiguration extends TemplateParams {
  /** The parameters' name; not matched against a component. */
  readonly component = "TapTargetConfiguration" as const;
  /** The title shown. */
  readonly title: string;
  /** The link opened. */
  readonly url: string;

  constructor(options: { title: string; url: string }) {
    super();
    this.title = checkTemplateText(this.component, "title", options.title);
    this.url = asTemplateCheck(this.component, () =>
      checkHttpUrl(this.component, "url", options.url),
    );
  }

  /** The parameters as Graph expects them. */
  toJSON(): Record<string, unknown> {
    return {
      type: "tap_target_configuration",
      parameters: [
        {
          type: "tap_target_configuration",
          tap_target_configuration: [{ url: this.url, title: this.title }],
        },
      ],
    };
  }
}
