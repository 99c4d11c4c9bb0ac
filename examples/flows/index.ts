/**
 * Every example flow, by name: realistic flows written with the `@tswa/flows/json` builder.
 * The corpus test serializes each one, parses it back, and validates it.
 */
import type { FlowJSON } from "@tswa/flows/json";
import { accountSettingsFlow } from "./account-settings.js";
import { appointmentBookingFlow } from "./appointment-booking.js";
import { contactFormFlow } from "./contact-form.js";
import { customerSupportFlow } from "./customer-support.js";
import { deliveryTrackingFlow } from "./delivery-tracking.js";
import { eventRegistrationFlow } from "./event-registration.js";
import { feedbackFlow } from "./feedback.js";
import { hotelBookingFlow } from "./hotel-booking.js";
import { insuranceClaimFlow } from "./insurance-claim.js";
import { leadGenerationFlow } from "./lead-generation.js";
import { loanPrequalificationFlow } from "./loan-prequalification.js";
import { productCatalogFlow } from "./product-catalog.js";
import { restaurantOrderFlow } from "./restaurant-order.js";
import { signInFlow } from "./sign-in.js";
import { signUpFlow } from "./sign-up.js";
import { surveyFlow } from "./survey.js";

/** The example flows. */
export const exampleFlows: Readonly<Record<string, FlowJSON>> = {
  "sign-up": signUpFlow,
  "sign-in": signInFlow,
  "appointment-booking": appointmentBookingFlow,
  survey: surveyFlow,
  "lead-generation": leadGenerationFlow,
  "customer-support": customerSupportFlow,
  "insurance-claim": insuranceClaimFlow,
  "restaurant-order": restaurantOrderFlow,
  "hotel-booking": hotelBookingFlow,
  "product-catalog": productCatalogFlow,
  "loan-prequalification": loanPrequalificationFlow,
  "event-registration": eventRegistrationFlow,
  feedback: feedbackFlow,
  "delivery-tracking": deliveryTrackingFlow,
  "account-settings": accountSettingsFlow,
  "contact-form": contactFormFlow,
};
