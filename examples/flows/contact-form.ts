/**
 * A contact form in the pre-4.0 style (Flow JSON 3.1): inputs inside a `Form`, with initial
 * values and error messages set on the form (`init-values`, `error-messages`).
 */
import {
  CompleteAction,
  Dropdown,
  FlowJSON,
  Footer,
  Form,
  InputType,
  Layout,
  Screen,
  TextArea,
  TextInput,
  TextSubheading,
} from "@tswa/flows/json";

const name = new TextInput({ name: "name", label: "Name", required: true });
const email = new TextInput({
  name: "email",
  label: "Email",
  inputType: InputType.EMAIL,
  required: true,
});
const reason = new Dropdown({
  name: "reason",
  label: "Reason",
  required: true,
  dataSource: [
    { id: "question", title: "A question" },
    { id: "partnership", title: "Partnership" },
    { id: "press", title: "Press" },
  ],
});
const message = new TextArea({ name: "message", label: "Message", required: true });

const contact = new Screen({
  id: "CONTACT",
  title: "Contact us",
  terminal: true,
  layout: new Layout({
    children: [
      new TextSubheading({ text: "We answer within two working days" }),
      new Form({
        name: "contact_form",
        initValues: { reason: "question" },
        errorMessages: { email: "Check the address" },
        children: [
          name,
          email,
          reason,
          message,
          new Footer({
            label: "Send",
            onClickAction: new CompleteAction({
              payload: {
                name: name.ref,
                email: email.ref,
                reason: reason.ref,
                message: message.ref,
              },
            }),
          }),
        ],
      }),
    ],
  }),
});

/** The contact-form flow. */
export const contactFormFlow = new FlowJSON({ version: "3.1", screens: [contact] });
