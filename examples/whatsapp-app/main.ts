/**
 * The main example: runs the app of app.ts on 127.0.0.1 and plays WhatsApp against it.
 *
 *   pnpm example
 *
 * WhatsApp's side is simulated: a user's text message, a button press, the flow's completion and a photo arrive as
 * signed webhooks, the flow's screens are driven by the WhatsApp-client simulator (which
 * encrypts like the real client), and a stand-in for graph.facebook.com records what the app
 * sends. The keys and secrets are made for the run.
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { FlowClientSimulator, type FlowExchange, WebhookSimulator } from "tswa/simulator";
import { startGraphStandIn } from "../graph-stand-in.js";
import { createApp } from "./app.js";

const USER = "16505551234";
const PHONE_ID = "106540352242922";
const passphrase = randomBytes(12).toString("hex");
const { privateKey, publicKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase },
});
const appSecret = randomBytes(16).toString("hex");

const graph = await startGraphStandIn();
const wa = createApp({
  phoneId: PHONE_ID,
  token: "demo-token",
  businessAccountId: "102290129340398",
  appSecret,
  verifyToken: "demo-verify-token",
  businessPrivateKey: privateKey,
  businessPrivateKeyPassword: passphrase,
  webhookEndpoint: "/webhook",
  baseUrl: graph.url,
  // The stand-in's CDN is on 127.0.0.1; by default only Meta's https CDN hosts are fetched.
  mediaDownloadOptions: { allowUrl: (url) => url.hostname === "127.0.0.1" },
});
const server = await wa.listen({ host: "127.0.0.1", port: Number(process.env.PORT ?? 0) });
console.log(
  `app listening on ${server.url} (webhook ${wa.webhookEndpoint}, flow /flows/sign-up)\n`,
);

// WhatsApp's side of the webhook: signed bodies, shaped as WhatsApp posts them.
const whatsapp = new WebhookSimulator({
  url: `${server.url}${wa.webhookEndpoint}`,
  appSecret,
  from: USER,
  name: "Ada",
  phoneId: PHONE_ID,
});

const show = (step: string, exchange: FlowExchange) =>
  console.log(
    `── ${step}\n  sent:     ${JSON.stringify(exchange.request.data ?? {})}\n  answered: HTTP ${exchange.status} ${JSON.stringify(exchange.response)}\n`,
  );

try {
  console.log('── the user writes "hi"');
  const asked = graph.nextMessage();
  console.log(`  webhook answered HTTP ${(await whatsapp.text("hi")).status}`);
  const question = (await asked) as { interactive: { action: { buttons: unknown[] } } };
  console.log(
    `  the app sent reply buttons: ${JSON.stringify(question.interactive.action.buttons)}\n`,
  );

  console.log('── the user presses "Sign up"');
  const offered = graph.nextMessage();
  const pressed = await whatsapp.buttonPress({ id: "sign-up", title: "Sign up" });
  console.log(`  webhook answered HTTP ${pressed.status}`);
  const offer = (await offered) as {
    interactive: { action: { parameters: Record<string, unknown> } };
  };
  const parameters = offer.interactive.action.parameters;
  console.log(`  the app sent a flow button: ${JSON.stringify(parameters)}\n`);

  const client = new FlowClientSimulator({
    url: `${server.url}/flows/sign-up`,
    publicKey,
    appSecret,
    flowToken: String(parameters.flow_token),
  });
  show("health check (ping)", await client.ping());
  show("the flow opens (INIT)", await client.init());
  show(
    "SIGN_UP with a bad email",
    await client.dataExchange("SIGN_UP", { name: "Ada", email: "ada", plan: "pro" }),
  );
  show(
    "SIGN_UP",
    await client.dataExchange("SIGN_UP", { name: "Ada", email: "ada@example.com", plan: "pro" }),
  );
  const closed = await client.dataExchange("CONFIRM", { email: "ada@example.com", plan: "pro" });
  show("CONFIRM (closes the flow)", closed);

  console.log("── WhatsApp delivers the completion");
  const params = (closed.response as { data: { extension_message_response: { params: object } } })
    .data.extension_message_response.params;
  const welcomed = graph.nextMessage();
  // What the endpoint closed the flow with (flow_token included) comes back in the webhook.
  const { status } = await whatsapp.flowCompletion(params as Record<string, unknown>);
  console.log(`  webhook answered HTTP ${status}`);
  console.log(`  the app sent: ${JSON.stringify((await welcomed).text)}\n`);

  console.log("── the user sends a photo");
  // The simulated photo's media id, served by the stand-in as Graph and the CDN would.
  graph.addMedia("1003383421387256", randomBytes(48_213), "image/jpeg");
  const thanked = graph.nextMessage();
  console.log(`  webhook answered HTTP ${(await whatsapp.image("Our garden")).status}`);
  console.log(`  the app sent: ${JSON.stringify((await thanked).text)}\n`);
} finally {
  await wa.idle();
  await server.close();
  await graph.close();
}
console.log("done: message, button, flow, completion and photo all went through the app.");
