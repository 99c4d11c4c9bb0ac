/**
 * A two-screen survey without an endpoint (Flow JSON 4.0): `If` asks a follow-up depending on the
 * first answer, `Switch` adapts to the visit type, and the last screen reads the first screen's
 * answers through `${screen.QUESTIONS.form.…}` references.
 */
import {
  CheckboxGroup,
  CompleteAction,
  Dropdown,
  eq,
  FlowJSON,
  Footer,
  If,
  Layout,
  NavigateAction,
  RadioButtonsGroup,
  Screen,
  Switch,
  TextArea,
  TextBody,
  TextCaption,
  TextHeading,
  TextSubheading,
} from "@tswa/flows/json";

const recommend = new RadioButtonsGroup({
  name: "recommend",
  label: "Would you recommend us?",
  required: true,
  dataSource: [
    { id: "yes", title: "Yes" },
    { id: "no", title: "No" },
  ],
});
const liked = new CheckboxGroup({
  name: "liked",
  label: "What did you like?",
  dataSource: [
    { id: "taste", title: "The taste" },
    { id: "speed", title: "Quick service" },
    { id: "price", title: "Fair prices" },
  ],
});
const improve = new TextArea({ name: "improve", label: "What went wrong?" });
const visit = new Dropdown({
  name: "visit",
  label: "How did you order?",
  required: true,
  dataSource: [
    { id: "delivery", title: "Delivery" },
    { id: "pickup", title: "Pick-up" },
    { id: "table", title: "At a table" },
  ],
});

const questions = new Screen({
  id: "QUESTIONS",
  title: "Feedback 1 of 2",
  layout: new Layout({
    children: [
      new TextHeading({ text: "How was your order?" }),
      recommend,
      new If({
        condition: eq(recommend.ref, "yes"),
        // biome-ignore lint/suspicious/noThenProperty: "then" is the branch of Meta's If component
        then: [liked],
        else: [improve],
      }),
      visit,
      new Switch({
        value: visit.ref,
        cases: {
          delivery: [new TextCaption({ text: "Thanks for ordering delivery." })],
          pickup: [new TextCaption({ text: "Thanks for picking up." })],
          default: [new TextCaption({ text: "Thanks for visiting us." })],
        },
      }),
      new Footer({ label: "Next", onClickAction: new NavigateAction({ next: "THANKS" }) }),
    ],
  }),
});

const comment = new TextArea({ name: "comment", label: "Anything else?", maxLength: 500 });
const thanks = new Screen({
  id: "THANKS",
  title: "Feedback 2 of 2",
  terminal: true,
  layout: new Layout({
    children: [
      new TextSubheading({ text: "One last thing" }),
      new TextBody({ text: "Tell us anything we should know." }),
      comment,
      new Footer({
        label: "Send feedback",
        onClickAction: new CompleteAction({
          payload: {
            recommend: questions.formRef("recommend"),
            liked: questions.formRef("liked"),
            improve: questions.formRef("improve"),
            visit: questions.formRef("visit"),
            comment: comment.ref,
          },
        }),
      }),
    ],
  }),
});

/** The survey flow. */
export const surveyFlow = new FlowJSON({ version: "4.0", screens: [questions, thanks] });
