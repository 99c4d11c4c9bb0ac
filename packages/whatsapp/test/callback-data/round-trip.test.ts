import fc from "fast-check";
import { CallbackData, CallbackDataDefinitionError, InvalidCallbackDataError } from "tswa";
import { describe, expect, it } from "vitest";
import { z } from "zod";

class Order extends CallbackData("order", {
  id: z.number().int(),
  size: z.enum(["S", "M", "L"]),
  gift: z.boolean().default(false),
  note: z.string().optional(),
  coupon: z.string().nullable(),
}) {
  get label(): string {
    return `#${this.id} (${this.size})`;
  }
}

describe("CallbackData: to a string and back", () => {
  it("writes the prefix, then each field in schema order", () => {
    const order = new Order({ id: 42, size: "M", coupon: null });
    expect(order.toString()).toBe("order~42~M~0~~");
    expect(order.toCallbackData()).toBe("order~42~M~0~~");
    expect(
      new Order({ id: 7, size: "L", gift: true, note: "ring", coupon: "C10" }).toString(),
    ).toBe("order~7~L~1~ring~C10");
  });

  it("parses back into the same values, as an instance of the subclass", () => {
    const order = Order.parse("order~7~L~1~ring~C10");
    expect(order).toBeInstanceOf(Order);
    expect(order.label).toBe("#7 (L)");
    expect({ ...order }).toEqual({ id: 7, size: "L", gift: true, note: "ring", coupon: "C10" });
    const bare = Order.parse("order~42~M~0~~");
    expect({ ...bare }).toEqual({ id: 42, size: "M", gift: false, coupon: null });
    expect(bare.note).toBeUndefined();
  });

  it("escapes the separator and the escape character, and tells an empty string from none", () => {
    const Note = CallbackData("note", { text: z.string(), more: z.string().optional() });
    const tricky = ["a~b", "100%", "%7E", "~", "%", "", "émoji 👍~%25"];
    for (const text of tricky) {
      const data = new Note({ text }).toString();
      expect(data.split("~")).toHaveLength(3);
      expect(Note.parse(data).text).toBe(text);
      expect(Note.parse(data).more).toBeUndefined();
    }
    expect(new Note({ text: "", more: "" }).toString()).toBe("note~%~%");
    expect(new Note({ text: "a~b" }).toString()).toBe("note~a%7Eb~");
  });

  it("round-trips any values its schema accepts (property)", () => {
    const Any = CallbackData("any", {
      s: z.string(),
      n: z.number(),
      b: z.boolean(),
      o: z.string().optional(),
      e: z.enum(["x~y", "100%", "plain"]),
    });
    fc.assert(
      fc.property(
        fc.record({
          s: fc.string({ unit: "grapheme" }),
          n: fc
            .double({ noNaN: true, noDefaultInfinity: true })
            .map((n) => (Object.is(n, -0) ? 0 : n)),
          b: fc.boolean(),
          o: fc.option(fc.string(), { nil: undefined }),
          e: fc.constantFrom("x~y" as const, "100%" as const, "plain" as const),
        }),
        (values) => {
          const parsed = Any.parse(new Any(values).toString());
          expect({ ...parsed }).toEqual(
            Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)),
          );
        },
      ),
    );
  });
});

describe("CallbackData: ids that are not the class's", () => {
  const foreign = [
    "yes",
    "order",
    "order~42~M~0~",
    "order~42~M~0~~~",
    "orders~42~M~0~~",
    "other~42~M~0~~",
    "order~x~M~0~~",
    "order~042~M~0~~",
    "order~4.5~M~0~~",
    "order~42~XL~0~~",
    "order~42~M~yes~~",
    "order~42~M~0~50%~",
    "",
  ];

  it("tryParse() answers undefined, never throws", () => {
    for (const data of foreign) expect(Order.tryParse(data), data).toBeUndefined();
    expect(Order.tryParse(undefined as never)).toBeUndefined();
  });

  it("tryParse() never throws on hostile strings (property)", () => {
    const pieces = fc.constantFrom(
      "order",
      "~",
      "%",
      "%7E",
      "%25",
      "7",
      "-0",
      "1e+21",
      "M",
      "1",
      "",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.array(pieces).map((p) => p.join("")),
        ),
        (data) => {
          const parsed = Order.tryParse(data);
          if (parsed !== undefined) expect(Order.parse(parsed.toString())).toEqual(parsed);
        },
      ),
    );
  });

  it("parse() throws InvalidCallbackDataError naming the class but not the data", () => {
    for (const data of foreign.filter((d) => d.includes("~"))) {
      const error = (() => {
        try {
          Order.parse(data);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(InvalidCallbackDataError);
      expect((error as Error).name).toBe("InvalidCallbackDataError");
      expect((error as InvalidCallbackDataError).prefix).toBe("order");
      expect((error as Error).message).toContain('CallbackData("order")');
      expect((error as Error).message).not.toContain(data);
    }
  });

  it("the constructor checks values with the schema", () => {
    expect(() => new Order({ id: 1.5, size: "M", coupon: null })).toThrow(InvalidCallbackDataError);
    expect(() => new Order({ id: 1, size: "XL" as never, coupon: null })).toThrow(
      /CallbackData\("order"\)/,
    );
  });
});

describe("CallbackData: definitions it refuses", () => {
  it.each([
    ["", "the prefix must be a non-empty string", { a: z.string() }],
    ["a~b", "without `~` or `%`", { a: z.string() }],
    ["50%", "without `~` or `%`", { a: z.string() }],
    ["none", "needs at least one field", {}],
    ["list", 'field "a" must be a string, number, boolean or enum', { a: z.array(z.string()) }],
    ["obj", 'field "a"', { a: z.object({ b: z.string() }) }],
    ["date", 'field "a"', { a: z.date() }],
    ["numeric-enum", 'field "a"', { a: z.nativeEnum({ One: 1, Two: 2 }) }],
  ])("CallbackData(%j, …) throws: %s", (prefix, message, shape) => {
    expect(() => CallbackData(prefix, shape)).toThrow(CallbackDataDefinitionError);
    expect(() => CallbackData(prefix, shape)).toThrow(message);
  });

  it("takes optional, nullable and defaulted fields of every supported type", () => {
    const Ok = CallbackData("ok", {
      a: z.string().max(5).optional(),
      b: z.number().nullable(),
      c: z.boolean().default(true),
      d: z.enum(["x"]).optional(),
    });
    expect(new Ok({ b: null }).toString()).toBe("ok~~~1~");
    expect({ ...Ok.parse("ok~~~~") }).toEqual({ b: null, c: true });
  });
});
