import { VERSION } from "tswa";
import { describe, expect, it } from "vitest";
import { TOKEN, tswa } from "./fixtures.js";

const COMMANDS = [
  "  keys generate                 make an RSA-2048 key pair for flow endpoints",
  "  keys upload                   upload the business public key of a phone number",
  "  simulate <url>                play the WhatsApp client against a flow endpoint",
  "  simulate webhook <url>        send signed, realistic webhooks to a webhook URL",
  "  flows list                    list the flows of a WhatsApp Business Account",
  "  flows get <flow-id>           show a flow, with its validation errors",
  "  flows publish <flow-id>       publish a draft flow",
  "  send text <to> <text>         send a text message",
  "  send image <to> <media>       send an image (a link, a media id or a file)",
  "  send document <to> <media>    send a document (a link, a media id or a file)",
  "  send location <to>            send a location pin",
  "  phone list                    list the phone numbers of a WhatsApp Business Account",
  "  phone request-code            have WhatsApp send a verification code to a number",
  "  phone verify <code>           verify a number with the code WhatsApp sent",
  "  phone register <pin>          register a number for Cloud API with its two-step PIN",
  "  profile get                   show the business profile of a phone number",
  "  profile set                   change the business profile of a phone number",
  "  webhook set <url>             register a webhook callback URL with Meta",
  "  qr list                       list the QR codes of a phone number",
  "  qr create <message>           create a QR code that opens a chat with a message",
  "  templates list                list the message templates of a WhatsApp Business Account",
  "  templates get <template-id>   show a message template and its components",
  "  templates create <file.json>  submit a message template from a JSON file for review",
  "  templates delete <name>       delete a message template",
];

describe("tswa help and usage", () => {
  it("lists every command with --help, on stdout, and exits 0", async () => {
    const run = await tswa(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "tswa: the command line of tswa, the TypeScript SDK for the WhatsApp Cloud API",
      "",
      "usage: tswa <command> [options]",
    ]);
    expect(lines.slice(5, 5 + COMMANDS.length)).toEqual(COMMANDS);
    expect(lines.at(-2)).toBe(
      "exit codes: 0 done, 1 the operation failed, 2 the command line is wrong",
    );
  });

  it("prints the help to stderr and exits 2 without a command", async () => {
    const run = await tswa([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe((await tswa(["-h"])).stdout);
  });

  it("prints the version", async () => {
    expect(await tswa(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it.each([
    ["keys", ["  keys generate  make an RSA-2048 key pair for flow endpoints"]],
    ["flows", ["  flows list               list the flows of a WhatsApp Business Account"]],
  ])("shows the commands of a group: tswa %s --help", async (group, expected) => {
    const run = await tswa([group, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toContain(expected[0]);
    expect(run.stdout).toContain(`usage: tswa ${group} <command> [options]`);
  });

  it("exits 2 with the group's commands when the command is missing", async () => {
    const run = await tswa(["flows"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").slice(0, 2)).toEqual([
      "tswa: flows: missing the command",
      "tswa flows: flows of a WhatsApp Business Account",
    ]);
  });

  it.each([
    "keys generate",
    "keys upload",
    "simulate",
    "flows list",
    "flows get",
    "flows publish",
    "templates list",
    "templates get",
    "templates create",
    "templates delete",
  ])("shows the options and an example of: tswa %s --help", async (name) => {
    const command = name.split(" ");
    const run = await tswa([...command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`usage: tswa ${command.join(" ")}`);
    expect(run.stdout).toMatch(/\n {2}--[a-z-]+ /);
    expect(run.stdout).toMatch(/\nexample:\n {2}.*tswa /);
  });

  it("shows a command's help even among other arguments", async () => {
    const run = await tswa(["flows", "get", "123", "--bogus", "-h"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("usage: tswa flows get <flow-id> [options]");
  });

  it.each([
    [["deploy"], 'tswa: unknown command "deploy"'],
    [["flows", "delete", "1"], 'tswa: unknown command "flows delete"'],
    [["--json", "flows", "list"], "tswa: --json must come after the command"],
    [["--token=abc", "flows", "list"], "tswa: --token must come after the command"],
  ])("exits 2 for a wrong command line: %j", async (argv, message) => {
    const run = await tswa(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toBe(message);
  });

  it("masks the token wherever it would appear, even as a stray argument", async () => {
    const run = await tswa(["flows", "get", "123", TOKEN], { WHATSAPP_TOKEN: TOKEN });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe('tswa: flows get: unexpected argument "***"');
    const flagged = await tswa(["flows", "get", "1", "x", "--token", "flag-token-abcdef"]);
    expect(flagged.stderr.split("\n")[0]).toBe('tswa: flows get: unexpected argument "x"');
    const stray = await tswa([
      "flows",
      "get",
      "1",
      "flag-token-abcdef",
      "--token=flag-token-abcdef",
    ]);
    expect(stray.stderr).not.toContain("flag-token-abcdef");
  });
});
