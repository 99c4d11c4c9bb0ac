/**
 * Event registration without an endpoint (Flow JSON 6.3): sessions as chips, a terms opt-in whose
 * "Read more" opens the terms in the browser, a link to the programme, and Footer captions.
 */
import {
  ChipsSelector,
  CompleteAction,
  EmbeddedLink,
  FlowJSON,
  Footer,
  InputType,
  Layout,
  OpenUrlAction,
  OptIn,
  RadioButtonsGroup,
  Screen,
  TextHeading,
  TextInput,
} from "@tswa/flows/json";

const name = new TextInput({ name: "name", label: "Name", required: true });
const email = new TextInput({
  name: "email",
  label: "Email",
  inputType: InputType.EMAIL,
  required: true,
});
const ticket = new RadioButtonsGroup({
  name: "ticket",
  label: "Ticket",
  required: true,
  dataSource: [
    { id: "day", title: "Day pass", description: "Talks and lunch", metadata: "$120" },
    { id: "full", title: "Full pass", description: "Talks, lunch and the party", metadata: "$190" },
    { id: "online", title: "Online", description: "Live stream", metadata: "Free" },
  ],
});
const sessions = new ChipsSelector({
  name: "sessions",
  label: "Sessions you want to attend",
  dataSource: [
    { id: "keynote", title: "Keynote" },
    { id: "ai", title: "AI in retail" },
    { id: "payments", title: "Payments" },
    { id: "panel", title: "Founders panel" },
  ],
  minSelectedItems: 1,
  maxSelectedItems: 3,
});
const terms = new OptIn({
  name: "terms",
  label: "I accept the event terms and the code of conduct",
  required: true,
  onClickAction: new OpenUrlAction({ url: "https://example.com/events/terms" }),
});
const photos = new OptIn({ name: "photos", label: "I agree to appear in event photos" });

const register = new Screen({
  id: "REGISTER",
  title: "Retail Summit 2026",
  terminal: true,
  layout: new Layout({
    children: [
      new TextHeading({ text: "Save your seat" }),
      name,
      email,
      ticket,
      sessions,
      new EmbeddedLink({
        text: "See the programme",
        onClickAction: new OpenUrlAction({ url: "https://example.com/events/programme" }),
      }),
      terms,
      photos,
      new Footer({
        label: "Register",
        leftCaption: "12 May 2026",
        rightCaption: "Lisbon",
        onClickAction: new CompleteAction({
          payload: {
            name: name.ref,
            email: email.ref,
            ticket: ticket.ref,
            sessions: sessions.ref,
            photos: photos.ref,
          },
        }),
      }),
    ],
  }),
});

/** The event-registration flow. */
export const eventRegistrationFlow = new FlowJSON({ version: "6.3", screens: [register] });
