/**
 * Lead generation without an endpoint (Flow JSON 5.0): options with images, a budget drop-down
 * and a marketing opt-in, in a `Form`; the answers arrive in the completion webhook.
 */
import {
  CompleteAction,
  Dropdown,
  FlowJSON,
  Footer,
  Form,
  InputType,
  Layout,
  MediaSize,
  OptIn,
  RadioButtonsGroup,
  Screen,
  TextHeading,
  TextInput,
} from "@tswa/flows/json";
import { BLUE_PIXEL, GREEN_PIXEL, ORANGE_PIXEL } from "./images.js";

const project = new RadioButtonsGroup({
  name: "project",
  label: "What are you planning?",
  required: true,
  mediaSize: MediaSize.LARGE,
  dataSource: [
    { id: "kitchen", title: "A new kitchen", image: ORANGE_PIXEL, altText: "A kitchen" },
    { id: "bathroom", title: "A new bathroom", image: BLUE_PIXEL, altText: "A bathroom" },
    { id: "garden", title: "A garden makeover", image: GREEN_PIXEL, altText: "A garden" },
  ],
});
const budget = new Dropdown({
  name: "budget",
  label: "Budget",
  required: true,
  dataSource: [
    { id: "low", title: "Under $5,000" },
    { id: "mid", title: "$5,000 to $20,000" },
    { id: "high", title: "Over $20,000" },
  ],
});
const name = new TextInput({ name: "name", label: "Your name", required: true });
const phone = new TextInput({
  name: "phone",
  label: "Phone",
  inputType: InputType.PHONE,
  required: true,
});
const marketing = new OptIn({ name: "marketing", label: "Keep me posted about offers" });

const quote = new Screen({
  id: "QUOTE",
  title: "Get a free quote",
  terminal: true,
  layout: new Layout({
    children: [
      new TextHeading({ text: "Tell us about your project" }),
      new Form({
        name: "lead",
        children: [
          project,
          budget,
          name,
          phone,
          marketing,
          new Footer({
            label: "Request a quote",
            onClickAction: new CompleteAction({
              payload: {
                project: project.ref,
                budget: budget.ref,
                name: name.ref,
                phone: phone.ref,
                marketing: marketing.ref,
              },
            }),
          }),
        ],
      }),
    ],
  }),
});

/** The lead-generation flow. */
export const leadGenerationFlow = new FlowJSON({ version: "5.0", screens: [quote] });
