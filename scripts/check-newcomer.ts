/**
 * A newcomer's first hour, from the published packages (run `pnpm build` first):
 *
 *   pnpm check:newcomer
 *
 * Packs the four packages and, in a fresh folder under the system's temp directory, follows
 * docs/getting-started.md as a reader would: it runs the guide's shell blocks marked
 * `<!-- newcomer: run -->` in order (with `npm install tswa` installing the tarballs, and the
 * guide's `http://127.0.0.1:8080` replaced by the server's real URL), writes the guide's files from
 * its own `<!-- check-docs: file … -->` code blocks, and starts the block marked
 * `<!-- newcomer: start -->` (the server). So the server starts, the simulator completes the flow,
 * a simulated webhook reaches the handler (which sends through the Graph API: a stand-in
 * preloaded into the server answers for graph.facebook.com), and the guide's test passes. Then the
 * README's example, with the same simulators. Then, for Express, Fastify and Hono each, a fresh
 * project with only that framework installed type-checks `tswa/<framework>` without skipLibCheck.
 *
 * Needs npm and the npm registry (tsx, vitest, typescript, the frameworks). Servers listen on
 * 127.0.0.1 with a free port. Takes about a minute and a half; exits 1 on the first failure with
 * the output of the step that failed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { codeBlocks } from "./lib/markdown.js";
import { packPackage } from "./lib/pack.js";
import { workspacePackages } from "./lib/packages.js";
import { type Ran, run, type ShellOptions, type Started, start } from "./newcomer/shell.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const GUIDE = "docs/getting-started.md";
const GUIDE_URL = "http://127.0.0.1:8080";
/** The user the guide's simulated webhook comes from. */
const GUIDE_USER = "16505551234";
const STEP_TIMEOUT_MS = 180_000;

class StepFailed extends Error {}

const work = mkdtempSync(join(tmpdir(), "tswa-newcomer-"));
const graphLog = join(work, "graph-calls.jsonl");
const started: Started[] = [];
const t0 = performance.now();

function say(line: string): void {
  const seconds = ((performance.now() - t0) / 1000).toFixed(1).padStart(5);
  console.log(`[${seconds} s] ${line}`);
}

/** The environment of a newcomer who exported the guide's variables (with made-up values). */
function newcomerEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    npm_config_cache: process.env.npm_config_cache,
    npm_config_registry: process.env.npm_config_registry,
    npm_config_fund: "false",
    npm_config_audit: "false",
    npm_config_update_notifier: "false",
    CI: "true",
    WHATSAPP_PHONE_ID: "106540352242922",
    WHATSAPP_BUSINESS_ACCOUNT_ID: "102290129340398",
    WHATSAPP_TOKEN: "EAAGnewcomerCheckToken0123456789",
    WHATSAPP_APP_SECRET: "newcomer-check-app-secret",
    VERIFY_TOKEN: "pick-any-string",
    KEY_PASSPHRASE: "a long passphrase",
  };
}

/** What a server process gets besides: a free port, and the Graph stand-in preloaded. */
function serverEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const standIn = join(root, "scripts/newcomer/graph-stand-in.mjs");
  return {
    ...newcomerEnv(),
    PORT: "0",
    NODE_OPTIONS: `--import=${new URL(`file://${standIn}`).href}`,
    TSWA_GRAPH_LOG: graphLog,
    ...extra,
  };
}

async function must(command: string, options: ShellOptions): Promise<Ran> {
  say(`$ ${command}`);
  const ran = await run(command, options);
  if (ran.code !== 0) throw new StepFailed(`\`${command}\` exited ${ran.code}:\n${ran.output}`);
  return ran;
}

function expectOutput(ran: Ran, text: string): void {
  if (!ran.output.includes(text)) {
    throw new StepFailed(`\`${ran.command}\` did not print "${text}":\n${ran.output}`);
  }
}

/** The messages the stand-in answered for graph.facebook.com since the check started. */
function graphCalls(): { method: string; path: string; body: Record<string, unknown> }[] {
  if (!existsSync(graphLog)) return [];
  return readFileSync(graphLog, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { method: string; path: string; body: string })
    .map((call) => ({ ...call, body: JSON.parse(call.body || "{}") as Record<string, unknown> }));
}

/** Waits until the Graph stand-in saw a message matching `check`, for up to 10 s. */
async function expectGraphMessage(what: string, check: (body: Record<string, unknown>) => boolean) {
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (graphCalls().some((call) => call.path.endsWith("/messages") && check(call.body))) {
      say(`ok: ${what}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new StepFailed(`no Graph call: ${what}. Calls seen: ${JSON.stringify(graphCalls())}`);
}

function pack(): string[] {
  const packages = workspacePackages(root);
  const unbuilt = packages.flatMap((p) => p.entries).filter((e) => !existsSync(join(root, e.dist)));
  if (unbuilt.length > 0) throw new StepFailed("the packages are not built: run pnpm build first");
  return packages.map((pkg) => packPackage(root, pkg, join(work, "packs")));
}

/** Follows docs/getting-started.md in `app`, with the packed tarballs. */
async function followGuide(app: string, tarballs: string[]): Promise<void> {
  const blocks = codeBlocks(root, GUIDE);
  const options: ShellOptions = { cwd: app, env: newcomerEnv(), timeoutMs: STEP_TIMEOUT_MS };
  let server: Started | undefined;
  let filesWritten = false;
  for (const block of blocks.filter((b) => b.newcomer !== undefined)) {
    const commands = block.code
      .replace(/\\\n\s*/g, "")
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.trim().startsWith("#"));
    for (const written of commands) {
      let command = written.replace(/^npm install tswa\b/, `npm install ${tarballs.join(" ")}`);
      if (command.includes(GUIDE_URL)) {
        if (!server)
          throw new StepFailed(`${GUIDE}: "${written}" needs the server, not started yet`);
        command = command.replaceAll(GUIDE_URL, server.url);
      }
      if (block.newcomer === "start") {
        // The guide's files are written once npm init made the folder a project.
        say(`$ ${command}   (left running)`);
        server = await start(command, { ...options, env: serverEnv() });
        started.push(server);
        say(`server printed: ${server.output().trim()}`);
        continue;
      }
      const ran = await must(command, options);
      if (command.startsWith("npx tswa simulate http"))
        expectOutput(ran, "all 5 steps answered HTTP 200");
      if (command.startsWith("npx tswa simulate webhook")) {
        await expectGraphMessage(
          "the text webhook reached onMessage, which sent the flow button",
          (b) =>
            b.to === GUIDE_USER &&
            (b.interactive as { type?: string } | undefined)?.type === "flow",
        );
      }
      if (command.startsWith("npm install tswa") || command.startsWith("npm install /")) {
        writeGuideFiles(app);
        filesWritten = true;
      }
    }
  }
  if (!filesWritten || !server)
    throw new StepFailed(`${GUIDE} has no install or server step marked for the check`);
  // The finished flow, as the guide describes it in words.
  await must(
    `npx tswa simulate webhook ${server.url}/ --kind flow-completion --from ${GUIDE_USER} --response '{"name":"Ada"}'`,
    options,
  );
  await expectGraphMessage(
    'the flow completion reached onFlowCompletion, which said "Welcome, Ada!"',
    (b) => JSON.stringify(b.text ?? "").includes("Welcome, Ada!"),
  );
  await must("npx tsx sign-up-flow.ts", options);
  await server.stop();
}

/** The guide's files, from its own code blocks. */
function writeGuideFiles(app: string): void {
  for (const block of codeBlocks(root, GUIDE)) {
    if (block.fileName === undefined) continue;
    writeFileSync(join(app, block.fileName), `${block.code}\n`);
    say(`wrote ${block.fileName} from ${GUIDE}:${block.line}`);
  }
}

/** The README's example, in the guide's project, with the same simulators. */
async function runReadmeExample(app: string): Promise<void> {
  const example = codeBlocks(root, "README.md").find((b) => b.lang === "ts");
  if (!example) throw new StepFailed("README.md has no TypeScript example");
  writeFileSync(join(app, "readme.ts"), `${example.code}\n`);
  say("wrote readme.ts from README.md's example");
  const options: ShellOptions = { cwd: app, env: newcomerEnv(), timeoutMs: STEP_TIMEOUT_MS };
  await must("npx tswa keys generate --out readme-keys", options);
  const privateKey = readFileSync(join(app, "readme-keys/private.pem"), "utf8");
  say("$ npx tsx readme.ts   (left running)");
  const server = await start("npx tsx readme.ts", {
    ...options,
    env: serverEnv({ PRIVATE_KEY: privateKey, FLOW_ID: "1187440182476201" }),
  });
  started.push(server);
  say(`server printed: ${server.output().trim()}`);
  const flow = await must(
    `npx tswa simulate ${server.url}/flows/sign-up --public-key readme-keys/public.pem --data '{"name":"Ada"}'`,
    options,
  );
  expectOutput(flow, "all 5 steps answered HTTP 200");
  await must(`npx tswa simulate webhook ${server.url}/ --kind text --from 447700900123`, options);
  await expectGraphMessage(
    "the README's onMessage sent the flow button",
    (b) => b.to === "447700900123",
  );
  await server.stop();
}

const ADAPTERS = [
  {
    framework: "express",
    install: "express @types/express",
    code: `import express from "express";
import { WhatsApp } from "tswa";
import { expressFlowEndpoint } from "tswa/express";

const app = express();
app.use(expressFlowEndpoint(new WhatsApp({ appSecret: "s" })));
`,
  },
  {
    framework: "fastify",
    install: "fastify",
    code: `import Fastify from "fastify";
import { WhatsApp } from "tswa";
import { fastifyFlowEndpoint } from "tswa/fastify";

await Fastify().register(fastifyFlowEndpoint(new WhatsApp({ appSecret: "s" })));
`,
  },
  {
    framework: "hono",
    install: "hono",
    code: `import { Hono } from "hono";
import { WhatsApp } from "tswa";
import { honoFlowEndpoint } from "tswa/hono";

new Hono().use(honoFlowEndpoint(new WhatsApp({ appSecret: "s" })));
`,
  },
];

const TSCONFIG = {
  compilerOptions: {
    target: "es2022",
    module: "nodenext",
    strict: true,
    noEmit: true,
    types: ["node"],
    // No skipLibCheck: tswa's declaration files are checked like the user's own code.
  },
};

/**
 * Each framework adapter's types, in a project that has only that framework. The three run side
 * by side: most of the time is npm and tsc reading @types/node.
 */
async function checkAdapterTypes(tarballs: string[]): Promise<void> {
  await Promise.all(
    ADAPTERS.map(async (adapter) => {
      const dir = join(work, `types-${adapter.framework}`);
      mkdirSync(dir);
      const options: ShellOptions = { cwd: dir, env: newcomerEnv(), timeoutMs: STEP_TIMEOUT_MS };
      const pkg = { name: `types-${adapter.framework}`, private: true, type: "module" };
      writeFileSync(join(dir, "package.json"), JSON.stringify(pkg));
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG));
      writeFileSync(join(dir, "index.ts"), adapter.code);
      await must(
        `npm install ${tarballs.join(" ")} ${adapter.install} typescript@5 @types/node@20`,
        options,
      );
      await must("npx tsc -p .", options);
      say(`ok: tswa/${adapter.framework} type-checks with only ${adapter.framework} installed`);
    }),
  );
}

try {
  const tarballs = pack();
  say(`packed ${tarballs.length} packages into ${join(work, "packs")}`);
  const app = join(work, "sign-up");
  mkdirSync(app);
  await followGuide(app, tarballs);
  say(`ok: ${GUIDE}, followed from an empty folder`);
  await runReadmeExample(app);
  say("ok: the README's example");
  await checkAdapterTypes(tarballs);
  say("check-newcomer: passed");
} catch (error) {
  process.exitCode = 1;
  console.error(error instanceof StepFailed ? `check-newcomer: ${error.message}` : error);
  for (const server of started) console.error(`--- a server's output:\n${server.output()}`);
} finally {
  await Promise.all(started.map((server) => server.stop()));
  rmSync(work, { recursive: true, force: true });
}
