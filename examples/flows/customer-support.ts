/**
 * A support ticket with an attachment (Flow JSON 6.1, endpoint): the DocumentPicker's files go to
 * the endpoint in a `data_exchange` payload (decrypt them with `FlowRequest.decryptMedia`), and
 * the endpoint answers with the ticket number.
 */
import {
  CompleteAction,
  DataExchangeAction,
  DocumentPicker,
  Dropdown,
  FlowJSON,
  Footer,
  Layout,
  Screen,
  ScreenData,
  TextArea,
  TextBody,
  TextHeading,
} from "@tswa/flows/json";

const ticketId = new ScreenData({ key: "ticket_id", example: "T-10482" });
const ticket = new Screen({
  id: "TICKET",
  title: "Request received",
  terminal: true,
  data: [ticketId],
  layout: new Layout({
    children: [
      new TextHeading({ text: "We are on it" }),
      new TextBody({ text: ticketId.ref }),
      new TextBody({ text: "An agent will answer in this chat within one working day." }),
      new Footer({
        label: "Close",
        onClickAction: new CompleteAction({ payload: { ticket_id: ticketId.ref } }),
      }),
    ],
  }),
});

const category = new Dropdown({
  name: "category",
  label: "Topic",
  required: true,
  dataSource: [
    { id: "billing", title: "Billing" },
    { id: "delivery", title: "Delivery" },
    { id: "product", title: "A product" },
  ],
});
const description = new TextArea({
  name: "description",
  label: "What happened?",
  required: true,
  maxLength: 1000,
  helperText: "Order number, dates, anything that helps",
});
const attachments = new DocumentPicker({
  name: "attachments",
  label: "Invoice or receipt",
  description: "PDF or a photo, up to 3 files",
  maxUploadedDocuments: 3,
  maxFileSizeKb: 10240,
  allowedMimeTypes: ["application/pdf", "image/jpeg", "image/png"],
});

const issue = new Screen({
  id: "ISSUE",
  title: "Contact support",
  layout: new Layout({
    children: [
      category,
      description,
      attachments,
      new Footer({
        label: "Send",
        onClickAction: new DataExchangeAction({
          payload: {
            category: category.ref,
            description: description.ref,
            attachments: attachments.ref,
          },
        }),
      }),
    ],
  }),
});

/** The customer-support flow. */
export const customerSupportFlow = new FlowJSON({
  version: "6.1",
  dataApiVersion: "3.0",
  routingModel: { ISSUE: ["TICKET"], TICKET: [] },
  screens: [issue, ticket],
});
