/**
 * Manages a flow from code: validates the Flow JSON locally, creates the flow, uploads the JSON,
 * reads Graph's validation errors, publishes, lists the account's flows and gets a preview link.
 *
 *   WHATSAPP_TOKEN=… WABA_ID=… pnpm tsx examples/manage-flows/main.ts
 *
 * GRAPH_BASE_URL points it elsewhere than graph.facebook.com (the example's test uses a local
 * stand-in).
 */
import { FlowCategory, validateFlowJson, WhatsApp } from "tswa";
import { signUpFlow } from "../flows/sign-up.js";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
};

const wa = new WhatsApp({
  token: env("WHATSAPP_TOKEN"),
  businessAccountId: env("WABA_ID"),
  baseUrl: process.env.GRAPH_BASE_URL,
});

// Catch locally what Meta would reject, before any call.
const problems = validateFlowJson(signUpFlow);
if (problems.length > 0) {
  for (const problem of problems) console.error(`${problem.path}: ${problem.message}`);
  process.exit(1);
}

const created = await wa.createFlow({ name: "Sign up", categories: [FlowCategory.SIGN_UP] });
console.log(`created flow ${created.id}`);

const upload = await wa.updateFlowJson(created.id, signUpFlow);
for (const error of upload.validationErrors) {
  console.error(`Graph: ${error.error} at ${error.pointers[0]?.path ?? "?"}: ${error.message}`);
}
console.log(`uploaded flow.json: ${upload.validationErrors.length} validation errors`);

const flow = await wa.getFlow(created.id);
if (flow.validationErrors.length === 0) {
  await flow.publish();
  const published = await flow.refresh();
  console.log(
    `published: ${published.name} is ${published.status} (Flow JSON ${published.jsonVersion})`,
  );
}

for await (const each of wa.getFlows())
  console.log(`  ${each.id}  ${each.status.padEnd(9)}  ${each.name}`);

const preview = await wa.getFlowPreview(created.id);
console.log(`preview until ${preview.expiresAt.toISOString()}: ${preview.url}`);
