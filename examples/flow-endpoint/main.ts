/**
 * The main example: runs a flow endpoint on 127.0.0.1 and plays the WhatsApp client against it.
 *
 *   pnpm example            (PORT=8080 pnpm example to pick the port)
 *
 * A fresh RSA-2048 key pair is made for the run, passphrase-protected as `openssl genrsa -des3`
 * makes it; in production, load yours with readFileSync and upload the public half to WhatsApp.
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { listen } from "@tswa/flows/node";
import { FlowClientSimulator, type FlowExchange, formatExchange } from "@tswa/flows/simulator";
import { createAppointmentEndpoint } from "./appointment.js";

const passphrase = randomBytes(12).toString("hex");
const { privateKey, publicKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase },
});
const appSecret = randomBytes(16).toString("hex");

const endpoint = createAppointmentEndpoint({
  path: "/flows/appointment",
  privateKey,
  privateKeyPassword: passphrase,
  appSecret,
});
const server = await listen(endpoint, { host: "127.0.0.1", port: Number(process.env.PORT ?? 0) });
const url = `${server.url}${endpoint.path}`;
console.log(`flow endpoint listening on ${url}\n`);

const client = new FlowClientSimulator({ url, publicKey, appSecret, flowToken: "booking-42" });
const show = (step: Parameters<typeof formatExchange>[0], exchange: FlowExchange) =>
  console.log(`${formatExchange(step, exchange)}\n`);

try {
  show("ping", await client.ping());
  show("INIT", await client.init());
  show("data_exchange", await client.dataExchange("APPOINTMENT", { date: "2026-12-03" }));
  show("data_exchange", await client.dataExchange("APPOINTMENT", { date: "2026-12-01" }));
  show("BACK", await client.back("CONFIRM"));
  show(
    "data_exchange",
    await client.dataExchange("CONFIRM", { date: "2026-12-01", time: "09:00" }),
  );
  show(
    "error",
    await client.errorNotification({
      screen: "CONFIRM",
      error: "INVALID_SCREEN_TRANSITION",
      errorMessage: "demo",
    }),
  );
  const expired = new FlowClientSimulator({ url, publicKey, appSecret, flowToken: "expired" });
  show("INIT", await expired.init());
  const forged = new FlowClientSimulator({ url, publicKey, appSecret: "not-the-app-secret" });
  show("ping", await forged.ping());
} finally {
  await server.close();
}
console.log("done: the endpoint answered every request the WhatsApp client sends.");
