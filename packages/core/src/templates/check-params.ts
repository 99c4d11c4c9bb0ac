import { Buttons } from "./buttons.js";
import { Carousel, CarouselParams } from "./carousel.js";
import { type ExpectedParams, isParameterized, type TemplateParams } from "./component.js";
import type { TemplateComponentInput } from "./template.js";
import { TemplateValidationError } from "./validation-error.js";

/** One place of a template that takes parameters, with where it sits. */
interface Slot extends ExpectedParams {
  readonly index?: number | undefined;
  readonly where: string;
  readonly carousel?: Carousel | undefined;
}

function slotsOf(components: readonly TemplateComponentInput[]): Slot[] {
  const slots: Slot[] = [];
  for (const component of components) {
    if (component instanceof Buttons) {
      component.buttons.forEach((button, index) => {
        const expected = isParameterized(button) ? button.expectedParams() : undefined;
        if (expected) slots.push({ ...expected, index, where: `buttons[${index}]` });
      });
    } else if (component instanceof Carousel) {
      slots.push({ kind: "Carousel", required: true, where: "Carousel", carousel: component });
    } else if (isParameterized(component)) {
      const expected = component.expectedParams();
      if (expected) slots.push({ ...expected, where: expected.kind });
    }
  }
  return slots;
}

/**
 * Checks send-time parameters against a template's components, as Graph would (error 132000 and
 * friends) but before the call: every component that needs parameters gets them, of the right
 * kind and index, with the right count and names; nothing is left over.
 *
 * @throws {@link TemplateValidationError} naming the component and what is wrong.
 */
export function checkTemplateParams(
  template: string,
  components: readonly TemplateComponentInput[],
  params: readonly (TemplateParams | Record<string, unknown>)[],
): void {
  const slots = slotsOf(components);
  // A tap target rides along with the parameters but fills no component.
  const typed = params.filter(
    (p): p is TemplateParams =>
      typeof (p as TemplateParams).component === "string" &&
      (p as TemplateParams).component !== "TapTargetConfiguration",
  );
  const used = new Set<TemplateParams>();
  for (const slot of slots) {
    const param = typed.find(
      (p) =>
        !used.has(p) &&
        p.component === slot.kind &&
        (slot.index === undefined || p.index === slot.index),
    );
    if (param === undefined) {
      if (slot.required) {
        throw new TemplateValidationError(
          template,
          slot.where,
          `needs parameters (${slot.kind}${slot.index === undefined ? "" : ` at index ${slot.index}`}) and none were given`,
        );
      }
      continue;
    }
    used.add(param);
    slot.check?.(param);
    if (slot.carousel && param instanceof CarouselParams)
      checkCards(template, slot.carousel, param);
  }
  const extra = typed.find((p) => !used.has(p));
  if (extra !== undefined) {
    throw new TemplateValidationError(
      template,
      extra.component,
      `has no place in the template${extra.index === undefined ? "" : ` (index ${extra.index})`}: remove it or check the index`,
    );
  }
}

function checkCards(template: string, carousel: Carousel, params: CarouselParams): void {
  if (params.cards.length !== carousel.cards.length) {
    throw new TemplateValidationError(
      template,
      "Carousel",
      `has ${carousel.cards.length} cards but parameters for ${params.cards.length}`,
    );
  }
  carousel.cards.forEach((card, i) => {
    const cardParams = params.cards.find((c) => c.index === i);
    if (cardParams === undefined) {
      throw new TemplateValidationError(template, `Carousel.cards[${i}]`, "has no parameters");
    }
    checkTemplateParams(`${template} card ${i}`, card.components, cardParams.params);
  });
}
