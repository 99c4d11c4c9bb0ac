/**
 * A complete tswa app: a sign-up flow with an endpoint, and the webhook that starts it and
 * receives its completion. This is the code a user writes; main.ts runs it against a simulated
 * WhatsApp.
 *
 *   hi (text message)   ->  the app answers with a flow button (sendMessage + FlowButton)
 *   the flow opens      ->  INIT: the endpoint shows SIGN_UP
 *   SIGN_UP submitted   ->  data_exchange: the endpoint validates and shows CONFIRM
 *   CONFIRM submitted   ->  data_exchange: the endpoint closes the flow with the member id
 *   completion webhook  ->  the app thanks the user (sendMessage)
 */
import { FlowButton, WhatsApp, type WhatsAppOptions } from "tswa";

/** The flow to send; in production, the id `wa.createFlow` returned. */
export const SIGN_UP_FLOW_ID = "1187440182476201";

/** Creates the app's client with its handlers. */
export function createApp(options: WhatsAppOptions): WhatsApp {
  const wa = new WhatsApp(options);
  const members = new Map<string, string>();

  // Any text message: offer the sign-up flow. The flow token ties the flow to this user.
  wa.onMessage("text", async (msg) => {
    await wa.sendMessage({
      to: msg.from.preferredId,
      header: "Join the club",
      text: `Hi ${msg.from.name ?? "there"}! Sign up in two steps.`,
      buttons: new FlowButton({
        title: "Sign up",
        flowId: SIGN_UP_FLOW_ID,
        flowToken: `signup:${msg.from.preferredId}`,
        flowActionType: "data_exchange",
      }),
    });
  });

  // The flow endpoint: two screens, each answered by the server.
  wa.onFlowRequest("/flows/sign-up")
    .onInit((req) => req.respond({ screen: "SIGN_UP", data: { plans: ["basic", "pro"] } }))
    .onDataExchange("SIGN_UP", (req) => {
      const name = String(req.data.name ?? "").trim();
      const email = String(req.data.email ?? "");
      if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
        return req.respond({
          screen: "SIGN_UP",
          data: { plans: ["basic", "pro"] },
          errorMessage: "That email address does not look right.",
        });
      }
      return req.respond({
        screen: "CONFIRM",
        data: { name, email, plan: String(req.data.plan ?? "basic") },
      });
    })
    .onDataExchange("CONFIRM", (req) => {
      const memberId = `M-${1000 + members.size}`;
      members.set(memberId, String(req.data.email));
      return req.respond({ closeFlow: true, data: { member_id: memberId, plan: req.data.plan } });
    });

  // The flow was completed: its params arrive with the completion webhook.
  wa.onFlowCompletion(async (flow) => {
    const memberId = String(flow.response.member_id);
    console.log(
      `  (app) ${flow.from.preferredId} signed up as ${memberId} (token ${flow.flowToken})`,
    );
    await wa.sendMessage({
      to: flow.from.preferredId,
      text: `Welcome aboard! Your member id is ${memberId}.`,
    });
  });

  wa.on("error", (error) => console.error(`  (app) ${error.name}: ${error.message}`));
  return wa;
}
