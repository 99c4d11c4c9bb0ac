// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import {
  add,
  and,
  concat,
  div,
  Expr,
  eq,
  expr,
  formRef,
  gt,
  gte,
  lt,
  lte,
  mod,
  mul,
  ne,
  not,
  or,
  sub,
} from "@tswa/flows/json";
import { describe, expect, it } from "vitest";

const age = formRef("age");
const animal = formRef("animal");

describe("nested expressions", () => {
  it("writes comparisons in parentheses, quoting string literals", () => {
    expect(eq(animal, "cat").toJSON()).toBe("`(${form.animal} == 'cat')`");
    expect(ne(animal, "dog").fragment).toBe("(${form.animal} != 'dog')");
    expect(gt(age, 17).fragment).toBe("(${form.age} > 17)");
    expect(gte(age, 18).fragment).toBe("(${form.age} >= 18)");
    expect(lt(age, 65).fragment).toBe("(${form.age} < 65)");
    expect(lte(age, 64.5).fragment).toBe("(${form.age} <= 64.5)");
    expect(eq("${data.flag}", true).fragment).toBe("(${data.flag} == true)");
  });

  it("chains && and || in pairs, left to right", () => {
    expect(and(gte(age, 18), lt(age, 65), "${data.ok}").toJSON()).toBe(
      "`(((${form.age} >= 18) && (${form.age} < 65)) && ${data.ok})`",
    );
    expect(or("${data.a}", "${data.b}").fragment).toBe("(${data.a} || ${data.b})");
    expect(not("${data.a}").fragment).toBe("!${data.a}");
    expect(not(eq(animal, "cat")).fragment).toBe("!(${form.animal} == 'cat')");
  });

  it("writes arithmetic, nesting without extra backticks", () => {
    expect(add(age, 1).fragment).toBe("(${form.age} + 1)");
    expect(sub(2026, age).fragment).toBe("(2026 - ${form.age})");
    expect(mul(age, 12).fragment).toBe("(${form.age} * 12)");
    expect(div(age, 2).fragment).toBe("(${form.age} / 2)");
    expect(mod(age, 2).fragment).toBe("(${form.age} % 2)");
    expect(gt(sub("${form.income}", "${form.costs}"), div("${form.loan}", 48)).toJSON()).toBe(
      "`((${form.income} - ${form.costs}) > (${form.loan} / 48))`",
    );
  });

  it("concatenates strings as Meta's examples do", () => {
    expect(concat("Hello ", formRef("first_name")).toJSON()).toBe("`'Hello ' ${form.first_name}`");
    expect(expr`${formRef("name")} is ${add(age, 1)} next year`.toJSON()).toBe(
      "`${form.name} ' is ' (${form.age} + 1) ' next year'`",
    );
    expect(`${expr`Hi`}`).toBe("`'Hi'`");
  });

  it("serializes inside JSON as the backtick string", () => {
    expect(JSON.stringify({ visible: gte(age, 18) })).toBe('{"visible":"`(${form.age} >= 18)`"}');
    expect(gte(age, 18)).toBeInstanceOf(Expr);
    expect(gte(age, 18).resultType).toBe("boolean");
  });

  it("refuses literals it cannot write safely", () => {
    expect(() => eq(animal, "it's")).toThrow(/cannot escape/);
    expect(() => concat("`")).toThrow(TypeError);
    expect(() => add(age, Number.NaN)).toThrow(/not finite/);
    expect(() => and("${data.a}")).toThrow(/at least two/);
    expect(() => concat()).toThrow(/at least one/);
    expect(() => expr`Hi ${"plain" as "${x}"}`).toThrow(/takes references and expressions/);
  });
});
