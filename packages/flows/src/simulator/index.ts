export { signPayload } from "../signature.js";
export {
  type ClientEncryptedFlowRequest,
  decryptFlowResponse,
  encryptFlowRequest,
  type FlowPublicKeyInput,
} from "./client-crypto.js";
export { explainFlowStatus, type FlowStatusContext } from "./explain.js";
export { encryptFlowMedia, type SimulatedMediaUpload } from "./media.js";
export {
  type FlowSessionOptions,
  type FlowSessionStep,
  formatExchange,
  runFlowSession,
} from "./session.js";
export {
  FlowClientSimulator,
  type FlowClientSimulatorOptions,
  type FlowExchange,
} from "./simulator.js";
