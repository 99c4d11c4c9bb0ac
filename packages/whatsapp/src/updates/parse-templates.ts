import type { ChangeContext } from "./parse-context.js";
import { listOf, optObject, optStr, optTime, str } from "./read.js";
import {
  TemplateCategoryUpdate,
  TemplateComponentsUpdate,
  TemplateQualityUpdate,
  TemplateStatusUpdate,
  type TemplateUpdateInit,
} from "./templates.js";

function templateOf(context: ChangeContext): TemplateUpdateInit {
  const { value } = context;
  return {
    wabaId: context.wabaId,
    raw: value,
    client: context.client,
    timestamp: context.timestamp,
    templateId: str(value, "message_template_id", ""),
    templateName: optStr(value, "message_template_name", ""),
    templateLanguage: optStr(value, "message_template_language", ""),
  };
}

/** The update of a `message_template_status_update` change. */
export function parseTemplateStatus(context: ChangeContext): void {
  const v = context.value;
  const disable = optObject(v, "disable_info", "");
  const other = optObject(v, "other_info", "");
  const rejection = optObject(v, "rejection_info", "");
  context.updates.push(
    new TemplateStatusUpdate({
      ...templateOf(context),
      newStatus: str(v, "event", ""),
      reason: optStr(v, "reason", ""),
      category: optStr(v, "message_template_category", ""),
      disableInfo: disable && { disableDate: optTime(disable, "disable_date", "disable_info") },
      otherInfo: other && {
        title: optStr(other, "title", "other_info"),
        description: optStr(other, "description", "other_info"),
      },
      rejectionInfo: rejection && {
        reason: optStr(rejection, "reason", "rejection_info"),
        recommendation: optStr(rejection, "recommendation", "rejection_info"),
      },
    }),
  );
}

/** The update of a `template_category_update` change. */
export function parseTemplateCategory(context: ChangeContext): void {
  const v = context.value;
  context.updates.push(
    new TemplateCategoryUpdate({
      ...templateOf(context),
      newCategory: optStr(v, "new_category", ""),
      previousCategory: optStr(v, "previous_category", ""),
      correctCategory: optStr(v, "correct_category", ""),
    }),
  );
}

/** The update of a `message_template_quality_update` change. */
export function parseTemplateQuality(context: ChangeContext): void {
  const v = context.value;
  context.updates.push(
    new TemplateQualityUpdate({
      ...templateOf(context),
      newQualityScore: optStr(v, "new_quality_score", ""),
      previousQualityScore: optStr(v, "previous_quality_score", ""),
    }),
  );
}

/** The update of a `message_template_components_update` change. */
export function parseTemplateComponents(context: ChangeContext): void {
  const v = context.value;
  context.updates.push(
    new TemplateComponentsUpdate({
      ...templateOf(context),
      templateElement: optStr(v, "message_template_element", ""),
      templateTitle: optStr(v, "message_template_title", ""),
      templateFooter: optStr(v, "message_template_footer", ""),
      templateButtons: listOf(v, "message_template_buttons", "", (b, p) => ({
        type: optStr(b, "message_template_button_type", p),
        text: optStr(b, "message_template_button_text", p),
        url: optStr(b, "message_template_button_url", p),
        phoneNumber: optStr(b, "message_template_button_phone_number", p),
      })),
    }),
  );
}
