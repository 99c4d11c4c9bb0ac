/**
 * Loan pre-qualification without an endpoint (Flow JSON 6.0): nested expressions compute the
 * monthly surplus as the user types and show whether the loan fits, before anything is sent.
 */
import {
  and,
  CompleteAction,
  div,
  expr,
  FlowJSON,
  Footer,
  gte,
  If,
  InputType,
  Layout,
  lt,
  Screen,
  sub,
  TextBody,
  TextCaption,
  TextHeading,
  TextInput,
} from "@tswa/flows/json";

const income = new TextInput({
  name: "income",
  label: "Monthly income",
  inputType: InputType.NUMBER,
  required: true,
});
const expenses = new TextInput({
  name: "expenses",
  label: "Monthly expenses",
  inputType: InputType.NUMBER,
  required: true,
});
const amount = new TextInput({
  name: "amount",
  label: "Loan amount",
  inputType: InputType.NUMBER,
  required: true,
});

const surplus = sub(income.ref, expenses.ref);
// A 48-month loan: the monthly repayment is about the amount over 48.
const repayment = div(amount.ref, 48);

const check = new Screen({
  id: "CHECK",
  title: "Can I borrow?",
  terminal: true,
  layout: new Layout({
    children: [
      new TextHeading({ text: "Check in one minute" }),
      income,
      expenses,
      amount,
      new TextBody({ text: expr`You keep ${surplus} a month.` }),
      new If({
        condition: gte(surplus, repayment),
        // biome-ignore lint/suspicious/noThenProperty: "then" is the branch of Meta's If component
        then: [new TextBody({ text: expr`Good news: ${repayment} a month fits your budget.` })],
        else: [new TextBody({ text: "That repayment looks too high: try a smaller amount." })],
      }),
      new TextCaption({
        text: "Small loans get an answer within an hour.",
        visible: and(gte(amount.ref, 500), lt(amount.ref, 5000)),
      }),
      new Footer({
        label: "Ask for an offer",
        onClickAction: new CompleteAction({
          payload: { income: income.ref, expenses: expenses.ref, amount: amount.ref },
        }),
      }),
    ],
  }),
});

/** The loan pre-qualification flow. */
export const loanPrequalificationFlow = new FlowJSON({ version: "6.0", screens: [check] });
