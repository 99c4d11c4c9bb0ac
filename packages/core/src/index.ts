export { WhatsAppError } from "./errors.js";
