/**
 * Sends a flow to a user: an interactive message whose button opens the flow on its first
 * screen with data (navigate), and the same flow as a template's flow button.
 *
 *   PHONE_ID=… WHATSAPP_TOKEN=… TO=… FLOW_ID=… pnpm tsx examples/send-flow/main.ts
 *
 * GRAPH_BASE_URL points it elsewhere than graph.facebook.com (the example's test uses a local
 * stand-in).
 */
import { FlowButton, TemplateFlowButton, WhatsApp } from "tswa";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
};

const wa = new WhatsApp({
  phoneId: env("PHONE_ID"),
  token: env("WHATSAPP_TOKEN"),
  baseUrl: process.env.GRAPH_BASE_URL,
});

const sent = await wa.sendMessage({
  to: env("TO"),
  header: "Dr. Levi's clinic",
  text: "Book your next appointment in a few taps.",
  footer: "Free cancellation up to 24h before",
  buttons: new FlowButton({
    title: "Book",
    flowId: env("FLOW_ID"),
    flowToken: `booking:${env("TO")}:${Date.now()}`,
    flowActionType: "navigate",
    flowActionScreen: "APPOINTMENT",
    flowActionPayload: { department: "dermatology", dates: ["2026-12-01", "2026-12-02"] },
  }),
});
console.log(`flow message sent: ${sent.id}`);

// Outside the 24-hour window, send an approved template whose flow button opens the same flow.
const template = await wa.sendTemplate({
  to: env("TO"),
  name: "book_appointment",
  language: "en_US",
  components: [
    new TemplateFlowButton({
      flowToken: `booking:${env("TO")}`,
      flowActionData: { department: "dermatology" },
    }),
  ],
});
console.log(`template sent: ${template.id}`);
