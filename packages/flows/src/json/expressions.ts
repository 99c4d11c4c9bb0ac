import { type DynamicRef, isDynamicRef } from "./refs.js";

/** What an expression evaluates to. */
export type ExprType = "boolean" | "number" | "string";

/**
 * A nested expression (Flow JSON 6.0+; spec 6.2), built with {@link eq}, {@link and},
 * {@link add}, {@link concat}, {@link expr} and the other helpers of this module.
 *
 * Wherever a component property takes it, it serializes to the backtick form Meta expects
 * (`` "`(${form.age} >= 18)`" ``). In an `If` condition it is written without backticks, the
 * syntax `If` has used since Flow JSON 4.0.
 */
export class Expr<T extends ExprType = ExprType> {
  /** The expression without the enclosing backticks, as nested inside a larger expression. */
  readonly fragment: string;
  /** What the expression evaluates to. */
  readonly resultType: T;

  constructor(fragment: string, resultType: T) {
    this.fragment = fragment;
    this.resultType = resultType;
  }

  /** The expression as a Flow JSON string value: the fragment inside backticks. */
  toJSON(): string {
    return `\`${this.fragment}\``;
  }

  /** Same as {@link Expr.toJSON}. */
  toString(): string {
    return this.toJSON();
  }
}

/** A value inside an expression: a reference, another expression, or a literal. */
export type Operand = DynamicRef | Expr | string | number | boolean;
/** An operand that evaluates to a number. */
export type NumberOperand = DynamicRef | Expr<"number"> | number;
/** An operand that evaluates to a boolean. */
export type BooleanOperand = DynamicRef | Expr<"boolean"> | boolean;

function operand(value: Operand): string {
  if (value instanceof Expr) return value.fragment;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`expression operand ${value} is not finite`);
    return String(value);
  }
  if (typeof value === "boolean") return String(value);
  if (isDynamicRef(value)) return value;
  // Meta documents no escape inside quoted literals; refuse rather than emit a guess.
  if (/['`]/.test(value)) {
    throw new TypeError(
      `expression literal ${JSON.stringify(value)} contains a quote or a backtick, which Flow JSON expressions cannot escape; use a typographic apostrophe (’) or move the text into screen data`,
    );
  }
  return `'${value}'`;
}

function binary<T extends ExprType>(left: Operand, op: string, right: Operand, type: T): Expr<T> {
  return new Expr(`(${operand(left)} ${op} ${operand(right)})`, type);
}

function chain(op: "&&" | "||", conditions: readonly BooleanOperand[]): Expr<"boolean"> {
  const [first, ...rest] = conditions;
  if (first === undefined || rest.length === 0) {
    throw new TypeError(`${op} needs at least two conditions`);
  }
  // Pairs, left to right: ((a && b) && c), the shape of Meta's own examples.
  let result = new Expr<"boolean">(operand(first), "boolean");
  for (const next of rest) result = binary(result, op, next, "boolean");
  return result;
}

/** `(a == b)`: for example `eq(animal.ref, "cat")`. */
export const eq = (a: Operand, b: Operand): Expr<"boolean"> => binary(a, "==", b, "boolean");
/** `(a != b)`. */
export const ne = (a: Operand, b: Operand): Expr<"boolean"> => binary(a, "!=", b, "boolean");
/** `(a > b)`. */
export const gt = (a: NumberOperand, b: NumberOperand): Expr<"boolean"> =>
  binary(a, ">", b, "boolean");
/** `(a >= b)`. */
export const gte = (a: NumberOperand, b: NumberOperand): Expr<"boolean"> =>
  binary(a, ">=", b, "boolean");
/** `(a < b)`. */
export const lt = (a: NumberOperand, b: NumberOperand): Expr<"boolean"> =>
  binary(a, "<", b, "boolean");
/** `(a <= b)`. */
export const lte = (a: NumberOperand, b: NumberOperand): Expr<"boolean"> =>
  binary(a, "<=", b, "boolean");

/** `((a && b) && c)`: true when every condition is. */
export const and = (...conditions: BooleanOperand[]): Expr<"boolean"> => chain("&&", conditions);
/** `((a || b) || c)`: true when one condition is. */
export const or = (...conditions: BooleanOperand[]): Expr<"boolean"> => chain("||", conditions);
/** `!a`. */
export const not = (condition: BooleanOperand): Expr<"boolean"> =>
  new Expr(`!${operand(condition)}`, "boolean");

/** `(a + b)`. */
export const add = (a: NumberOperand, b: NumberOperand): Expr<"number"> =>
  binary(a, "+", b, "number");
/** `(a - b)`. */
export const sub = (a: NumberOperand, b: NumberOperand): Expr<"number"> =>
  binary(a, "-", b, "number");
/** `(a * b)`. */
export const mul = (a: NumberOperand, b: NumberOperand): Expr<"number"> =>
  binary(a, "*", b, "number");
/** `(a / b)`. */
export const div = (a: NumberOperand, b: NumberOperand): Expr<"number"> =>
  binary(a, "/", b, "number");
/** `(a % b)`. */
export const mod = (a: NumberOperand, b: NumberOperand): Expr<"number"> =>
  binary(a, "%", b, "number");

/**
 * String concatenation: literals are quoted, references and expressions are placed as they are.
 *
 * @example
 * ```ts
 * import { concat, formRef } from "@tswa/flows/json";
 *
 * concat("Hello ", formRef("first_name")).toJSON(); // "`'Hello ' ${form.first_name}`"
 * ```
 */
export function concat(...parts: Operand[]): Expr<"string"> {
  if (parts.length === 0) throw new TypeError("concat needs at least one part");
  return new Expr(parts.map(operand).join(" "), "string");
}

/**
 * A tagged template for string concatenation (pywa's `FlowStr`): the text is quoted, every
 * `${…}` value is a reference or an expression placed as it is. Empty text pieces are dropped.
 *
 * @example
 * ```ts
 * import { add, expr, formRef } from "@tswa/flows/json";
 *
 * const bill = formRef("bill");
 * expr`Total: ${add(bill, 5)}`.toJSON(); // "`'Total: ' (${form.bill} + 5)`"
 * ```
 */
export function expr(text: TemplateStringsArray, ...values: (DynamicRef | Expr)[]): Expr<"string"> {
  const parts: Operand[] = [];
  text.forEach((piece, index) => {
    if (piece !== "") parts.push(piece);
    const value = values[index];
    if (value !== undefined) {
      if (typeof value === "string" && !isDynamicRef(value)) {
        throw new TypeError(
          `expr\`…\` takes references and expressions, got ${JSON.stringify(value)}; put literal text in the template`,
        );
      }
      parts.push(value);
    }
  });
  return concat(...parts);
}
