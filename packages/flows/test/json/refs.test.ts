// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON references are "${…}" strings
import {
  compareVersions,
  dataRef,
  findRefs,
  formRef,
  isAtLeast,
  isDynamicRef,
  screenDataRef,
  screenFormRef,
} from "@tswa/flows/json";
import { describe, expect, it } from "vitest";

describe("references", () => {
  it("builds the reference strings", () => {
    expect(formRef("email")).toBe("${form.email}");
    expect(dataRef("slots")).toBe("${data.slots}");
    expect(screenFormRef("SIGN_UP", "email")).toBe("${screen.SIGN_UP.form.email}");
    expect(screenDataRef({ id: "START" }, "welcome")).toBe("${screen.START.data.welcome}");
  });

  it("tells a whole reference from text that contains one", () => {
    expect(isDynamicRef("${data.a}")).toBe(true);
    expect(isDynamicRef("Hi ${data.a}")).toBe(false);
    expect(isDynamicRef(3)).toBe(false);
  });

  it("finds every reference in a string, global ones split into screen, scope and name", () => {
    expect(findRefs("`${form.a} + ${screen.B.data.c}` ${user.x}")).toEqual([
      { raw: "${form.a}", scope: "form", screen: undefined, name: "a" },
      { raw: "${screen.B.data.c}", scope: "data", screen: "B", name: "c" },
      { raw: "${user.x}", scope: "user", screen: undefined, name: "x" },
    ]);
  });
});

describe("versions", () => {
  it("compares major.minor numerically", () => {
    expect(compareVersions("6.10", "6.9")).toBeGreaterThan(0);
    expect(compareVersions("7.0", "7.0")).toBe(0);
    expect(compareVersions("2.1", "3.0")).toBeLessThan(0);
    expect(isAtLeast("7.1", "6.3")).toBe(true);
    expect(() => compareVersions("7", "7.0")).toThrow(TypeError);
  });
});
