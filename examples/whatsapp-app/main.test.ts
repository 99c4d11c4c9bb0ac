import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("the README's main example (the whatsapp app)", () => {
  it("answers a text with reply buttons, a press with a flow, serves both screens, handles the completion and downloads a photo", async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "examples/whatsapp-app/main.ts"],
      { cwd: root },
    );
    expect(stderr).toBe("");
    const answers = [...stdout.matchAll(/answered: (HTTP \d+ .*)/g)].map((match) => match[1]);
    expect(answers).toEqual([
      'HTTP 200 {"data":{"status":"active"}}',
      'HTTP 200 {"version":"3.0","screen":"SIGN_UP","data":{"plans":["basic","pro"]}}',
      'HTTP 200 {"version":"3.0","screen":"SIGN_UP","data":{"plans":["basic","pro"],"error_message":"That email address does not look right."}}',
      'HTTP 200 {"version":"3.0","screen":"CONFIRM","data":{"name":"Ada","email":"ada@example.com","plan":"pro"}}',
      'HTTP 200 {"version":"3.0","screen":"SUCCESS","data":{"extension_message_response":{"params":{"flow_token":"signup:16505551234","member_id":"M-1000","plan":"pro"}}}}',
    ]);
    expect(stdout).toContain(
      'the app sent reply buttons: [{"type":"reply","reply":{"id":"sign-up","title":"Sign up"}},{"type":"reply","reply":{"id":"not-now","title":"Not now"}}]',
    );
    expect(stdout).toContain(
      'the app sent a flow button: {"flow_message_version":"3","flow_token":"signup:16505551234","flow_id":"1187440182476201","flow_cta":"Sign up","flow_action":"data_exchange","mode":"published"}',
    );
    expect(stdout).toContain("(app) 16505551234 signed up as M-1000 (token signup:16505551234)");
    expect(stdout).toContain('the app sent: {"body":"Welcome aboard! Your member id is M-1000."}');
    expect(stdout).toContain(
      'the app sent: {"body":"Thanks for the photo (48213 bytes, image/jpeg)."}',
    );
    expect(stdout).toMatch(
      /done: message, button, flow, completion and photo all went through the app/,
    );
  });
});
