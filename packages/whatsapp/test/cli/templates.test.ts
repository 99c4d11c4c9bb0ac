import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphError, graphPerTest, TOKEN, tswa } from "./fixtures.js";

const WABA = "102290129340398";
const serve = graphPerTest({ WHATSAPP_TOKEN: TOKEN, WHATSAPP_BUSINESS_ACCOUNT_ID: WABA });

const template = (id: string, name: string, status = "APPROVED") => ({
  id,
  name,
  language: "en_US",
  category: "MARKETING",
  status,
  quality_score: { score: "GREEN", date: 1700000000 },
  components: [
    { type: "BODY", text: "Use code {{1}} today", example: { body_text: [["25OFF"]] } },
    { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Stop" }] },
  ],
});

describe("tswa templates list", () => {
  it("prints a table of every page, with the filters in the query", async () => {
    const g = await serve({
      [`GET /${WABA}/message_templates`]: (call) =>
        call.query.get("after") === "c1"
          ? { body: { data: [template("2", "second")], paging: { cursors: { after: "c2" } } } }
          : {
              body: {
                data: [template("1", "seasonal_promotion")],
                paging: { cursors: { after: "c1" }, next: "https://graph.facebook.com/next" },
              },
            },
    });
    const run = await tswa(
      ["templates", "list", "--status", "APPROVED,PAUSED", "--search", "code"],
      g.env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "ID  STATUS    CATEGORY   LANGUAGE  QUALITY  NAME",
      "1   APPROVED  MARKETING  en_US     GREEN    seasonal_promotion",
      "2   APPROVED  MARKETING  en_US     GREEN    second",
      "",
    ]);
    expect(g.calls[0]?.query.get("status")).toBe("APPROVED,PAUSED");
    expect(g.calls[0]?.query.get("name_or_content")).toBe("code");
    expect(g.calls[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(run.stderr).toContain("2 templates");
  });

  it("prints JSON Lines with --json", async () => {
    const g = await serve({
      [`GET /${WABA}/message_templates`]: () => ({ body: { data: [template("1", "promo")] } }),
    });
    const run = await tswa(["templates", "list", "--json"], g.env);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: "1", name: "promo", status: "APPROVED" });
  });
});

describe("tswa templates get", () => {
  it("prints the template and its components", async () => {
    const g = await serve({
      "GET /594425479261596": () => ({ body: template("594425479261596", "promo", "REJECTED") }),
    });
    const run = await tswa(["templates", "get", "594425479261596"], g.env);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "promo",
      "  id:        594425479261596",
      "  status:    REJECTED",
      "  category:  MARKETING",
      "  language:  en_US",
      "  quality:   GREEN",
      "",
      "components (2):",
      "  BODY: Use code {{1}} today",
      "  BUTTONS",
      "    QUICK_REPLY: Stop",
      "",
    ]);
  });

  it("fails with exit 1 and Graph's reason for an unknown id", async () => {
    const g = await serve({});
    const run = await tswa(["templates", "get", "42"], g.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("tswa: templates get:");
  });
});

describe("tswa templates create", () => {
  const dir = mkdtempSync(join(tmpdir(), "tswa-cli-templates-"));
  const file = (name: string, json: unknown) => {
    writeFileSync(join(dir, name), typeof json === "string" ? json : JSON.stringify(json));
    return name;
  };
  const doc = {
    name: "order_update",
    language: "en_US",
    category: "UTILITY",
    components: [{ type: "BODY", text: "Order {{1}} shipped", example: { body_text: [["42"]] } }],
  };

  it("submits the file's template, byte for byte, and prints the id and status", async () => {
    const g = await serve({
      [`POST /${WABA}/message_templates`]: () => ({
        body: { id: "777", status: "PENDING", category: "UTILITY" },
      }),
    });
    const run = await tswa(["templates", "create", file("ok.json", doc)], g.env, dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("created template order_update: id 777, PENDING, UTILITY\n");
    expect(g.calls[0]?.body).toBe(JSON.stringify(doc));
  });

  it("refuses a template that breaks a rule before calling Graph, naming what to fix", async () => {
    const g = await serve({});
    const bad = {
      ...doc,
      components: [{ type: "BODY", text: "Order {{2}}", example: { body_text: [["42"]] } }],
    };
    const run = await tswa(["templates", "create", file("bad.json", bad)], g.env, dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("BodyText: `text` must number its placeholders");
    expect(g.calls).toHaveLength(0);
  });

  it("exits 2 on a file that is not JSON", async () => {
    const g = await serve({});
    const run = await tswa(["templates", "create", file("broken.json", "{nope")], g.env, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot read broken.json as JSON");
  });

  it("shows Graph's template creation error", async () => {
    const g = await serve({
      [`POST /${WABA}/message_templates`]: () => graphError(400, 100, "Invalid parameter", 2388040),
    });
    const run = await tswa(["templates", "create", file("ok2.json", doc)], g.env, dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("2388040");
  });
});

describe("tswa templates delete", () => {
  it("deletes by name, or one language with --id", async () => {
    const g = await serve({
      [`DELETE /${WABA}/message_templates`]: () => ({ body: { success: true } }),
    });
    const run = await tswa(["templates", "delete", "promo", "--id", "594425479261596"], g.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("deleted template promo (594425479261596)\n");
    expect(Object.fromEntries(g.calls[0]?.query ?? [])).toEqual({
      name: "promo",
      hsm_id: "594425479261596",
    });
  });

  it("needs the business account id", async () => {
    const run = await tswa(["templates", "delete", "promo"], { WHATSAPP_TOKEN: TOKEN });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("WHATSAPP_BUSINESS_ACCOUNT_ID");
  });
});
