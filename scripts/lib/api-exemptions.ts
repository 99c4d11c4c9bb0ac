import { type ProjectReflection, type Reflection, ReflectionKind, type SomeType } from "typedoc";

/**
 * Members that need no comment of their own, because the declaration that holds them has one:
 * - members of object types inside type aliases, or passed as type arguments: the patterns of
 *   conditional and mapped types (`C extends { readonly children: … }`, `Extract<S, { id: I }>`)
 *   are type-level machinery, not API;
 * - the entries of lookup tables, whose comment says what every entry is.
 */
const TABLES = new Set(["COMPONENT_MIN_VERSION", "ACTION_MIN_VERSION", "TemplateLanguage"]);

function needsNoComment(reflection: Reflection): boolean {
  const literal = reflection.parent;
  const owner = literal?.parent;
  if (owner && "type" in owner && inTypeArgument(owner.type as SomeType | undefined, literal)) {
    return true;
  }
  for (let r = reflection.parent; r; r = r.parent) {
    if (r.kindOf(ReflectionKind.TypeAlias)) return true;
    if (r.kindOf(ReflectionKind.Variable) && TABLES.has(r.name)) return true;
  }
  return false;
}
/** Whether the object type `literal` appears in a type argument somewhere in `type`. */
function inTypeArgument(
  type: SomeType | undefined,
  literal: Reflection,
  inArgument = false,
): boolean {
  if (!type) return false;
  switch (type.type) {
    case "reflection":
      return inArgument && type.declaration === literal;
    case "union":
    case "intersection":
      return type.types.some((t) => inTypeArgument(t, literal, inArgument));
    case "array":
      return inTypeArgument(type.elementType, literal, inArgument);
    case "reference":
      return (type.typeArguments ?? []).some((t) => inTypeArgument(t, literal, true));
    default:
      return false;
  }
}
/** The names of the undocumented properties that need no comment, for `intentionallyNotDocumented`. */
export function exempted(project: ProjectReflection): string[] {
  return Object.values(project.reflections)
    .filter((r) => r.kindOf(ReflectionKind.Property))
    .filter((r) => !r.hasComment() && needsNoComment(r))
    .map((r) => r.getFriendlyFullName());
}
