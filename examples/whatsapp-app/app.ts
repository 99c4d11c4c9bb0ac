/**
 * A complete tswa app: a sign-up flow with an endpoint, and the webhook that starts it and
 * receives its completion. This is the code a user writes; main.ts runs it against a simulated
 * WhatsApp.
 *
 *   hi (text message)   ->  the app answers with two reply buttons (sendMessage + Button)
 *   "Sign up" pressed   ->  the app sends a flow button (sendMessage + FlowButton);
 *                           "Not now" gets a short goodbye
 *   the flow opens      ->  INIT: the endpoint shows SIGN_UP
 *   SIGN_UP submitted   ->  data_exchange: the endpoint validates and shows CONFIRM
 *   CONFIRM submitted   ->  data_exchange: the endpoint closes the flow with the member id
 *   completion webhook  ->  the app thanks the user (sendMessage)
 *   a photo             ->  the app downloads it (checked against Meta's SHA-256) and
 *                           replies with its size
 */
import { Button, FlowButton, WhatsApp, type WhatsAppOptions } from "tswa";

/** The flow to send; in production, the id `wa.createFlow` returned. */
export const SIGN_UP_FLOW_ID = "1187440182476201";

/** Creates the app's client with its handlers. */
export function createApp(options: WhatsAppOptions): WhatsApp {
  const wa = new WhatsApp(options);
  const members = new Map<string, string>();

  // Any text message: ask with two reply buttons.
  wa.onMessage("text", (msg) =>
    msg.replyText(`Hi ${msg.from.name ?? "there"}! Want to join the club?`, {
      header: "Join the club",
      buttons: [
        new Button({ title: "Sign up", callbackData: "sign-up" }),
        new Button({ title: "Not now", callbackData: "not-now" }),
      ],
    }),
  );

  // A photo: download it (the bytes are checked against the SHA-256 Meta reports before they
  // are handed over) and say how big it was.
  wa.onMessage("image", async (msg) => {
    const photo = await msg.image.getBytes();
    await msg.reply(`Thanks for the photo (${photo.length} bytes, ${msg.image.mimeType}).`);
  });

  // A reply button was pressed (its callback data picks the handler): offer the sign-up flow
  // (the flow token ties it to this user), or say goodbye.
  wa.onCallbackButton("sign-up", (press) =>
    press.replyText("Great! Sign up in two steps.", {
      buttons: new FlowButton({
        title: "Sign up",
        flowId: SIGN_UP_FLOW_ID,
        flowToken: `signup:${press.from.preferredId}`,
        flowActionType: "data_exchange",
      }),
    }),
  );
  wa.onCallbackButton("not-now", (press) => press.replyText("No problem. Write any time!"));

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
      to: flow.from.recipient,
      text: `Welcome aboard! Your member id is ${memberId}.`,
    });
  });

  wa.on("error", (error) => console.error(`  (app) ${error.name}: ${error.message}`));
  return wa;
}
