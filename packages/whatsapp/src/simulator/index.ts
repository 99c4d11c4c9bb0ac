export type { SimulatedParties, SimulatedWebhookBody } from "./webhook-payloads.js";
export {
  type SimulatedButtonPress,
  type WebhookDelivery,
  WebhookSimulator,
  type WebhookSimulatorOptions,
} from "./webhook-simulator.js";
