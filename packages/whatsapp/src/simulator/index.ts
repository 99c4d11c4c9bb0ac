export type {
  SimulatedParties,
  SimulatedWebhookBody,
  SimulatedWebhookChange,
  SimulatedWebhookEntry,
} from "./webhook-payloads.js";
export {
  type SimulatedButtonPress,
  type WebhookDelivery,
  WebhookSimulator,
  type WebhookSimulatorOptions,
} from "./webhook-simulator.js";
