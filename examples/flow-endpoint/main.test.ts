import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("the README's main example", () => {
  it("serves the appointment flow and answers every simulated request", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "examples/flow-endpoint/main.ts"],
      {
        cwd: root,
      },
    );
    const answers = [...stdout.matchAll(/answered: (HTTP \d+ .*)/g)].map((match) => match[1]);
    expect(answers).toEqual([
      'HTTP 200 {"data":{"status":"active"}}',
      'HTTP 200 {"version":"3.0","screen":"APPOINTMENT","data":{"dates":["2026-12-01","2026-12-02"]}}',
      'HTTP 200 {"version":"3.0","screen":"APPOINTMENT","data":{"dates":["2026-12-01","2026-12-02"],"error_message":"No free slot on 2026-12-03, pick another date."}}',
      'HTTP 200 {"version":"3.0","screen":"CONFIRM","data":{"date":"2026-12-01","time":"09:00","summary":"2026-12-01 at 09:00"}}',
      'HTTP 200 {"version":"3.0","screen":"APPOINTMENT","data":{"dates":["2026-12-01","2026-12-02"]}}',
      'HTTP 200 {"version":"3.0","screen":"SUCCESS","data":{"extension_message_response":{"params":{"flow_token":"booking-42","date":"2026-12-01","time":"09:00","booked":true}}}}',
      'HTTP 200 {"data":{"acknowledged":true}}',
      'HTTP 427 {"error_msg":"This booking link has expired."}',
      "HTTP 432 (empty body)",
    ]);
    expect(stdout).toContain("client reported INVALID_SCREEN_TRANSITION on CONFIRM");
    expect(stdout).toMatch(/done: the endpoint answered every request/);
  });
});
