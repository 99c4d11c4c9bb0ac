/**
 * Feedback after a delivery (Flow JSON 6.3): RichText explains what happens with the answers, on
 * the same screen as the Footer (allowed from 6.3).
 */
import {
  CompleteAction,
  FlowJSON,
  Footer,
  Layout,
  RadioButtonsGroup,
  RichText,
  Screen,
  TextArea,
} from "@tswa/flows/json";

const rating = new RadioButtonsGroup({
  name: "rating",
  label: "How was the delivery?",
  required: true,
  dataSource: [
    { id: "5", title: "Excellent" },
    { id: "4", title: "Good" },
    { id: "3", title: "Okay" },
    { id: "2", title: "Poor" },
    { id: "1", title: "Very poor" },
  ],
});
const comment = new TextArea({
  name: "comment",
  label: "Tell us more",
  maxLength: 400,
  helperText: "Optional",
});

const feedback = new Screen({
  id: "FEEDBACK",
  title: "Your feedback",
  terminal: true,
  layout: new Layout({
    children: [
      new RichText({
        text: [
          "## Two quick questions",
          "Your answers go to the **delivery team** only. We read every comment.",
          "- It takes *under a minute*",
          "- You can skip the comment",
        ],
      }),
      rating,
      comment,
      new Footer({
        label: "Send",
        centerCaption: "Thank you!",
        onClickAction: new CompleteAction({
          payload: { rating: rating.ref, comment: comment.ref },
        }),
      }),
    ],
  }),
});

/** The feedback flow. */
export const feedbackFlow = new FlowJSON({ version: "6.3", screens: [feedback] });
