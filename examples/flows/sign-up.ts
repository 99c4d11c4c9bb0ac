/**
 * Sign-up without an endpoint (Flow JSON 7.1): the user enters their details, accepts the terms
 * (a "Read more" link opens the terms screen) and the flow completes with the answers.
 */
import {
  CompleteAction,
  FlowJSON,
  Footer,
  InputType,
  Layout,
  NavigateAction,
  OptIn,
  RichText,
  Screen,
  TextHeading,
  TextInput,
} from "@tswa/flows/json";

const terms = new Screen({
  id: "TERMS",
  title: "Terms of service",
  layout: new Layout({
    children: [
      new RichText({
        text: [
          "# Terms of service",
          "By creating an account you agree to receive **order updates** on WhatsApp.",
          "You can delete your account at any time from *Settings*.",
        ],
      }),
    ],
  }),
});

const firstName = new TextInput({ name: "first_name", label: "First name", required: true });
const lastName = new TextInput({ name: "last_name", label: "Last name", required: true });
const email = new TextInput({
  name: "email",
  label: "Email",
  inputType: InputType.EMAIL,
  required: true,
  helperText: "We send the confirmation here",
});
const password = new TextInput({
  name: "password",
  label: "Password",
  inputType: InputType.PASSWORD,
  required: true,
  minChars: 8,
  labelVariant: "large",
});
const acceptTerms = new OptIn({
  name: "accept_terms",
  label: "I accept the terms of service",
  required: true,
  onClickAction: new NavigateAction({ next: terms }),
});
const newsletter = new OptIn({ name: "newsletter", label: "Send me offers now and then" });

const signUp = new Screen({
  id: "SIGN_UP",
  title: "Create your account",
  terminal: true,
  sensitive: ["password"],
  layout: new Layout({
    children: [
      new TextHeading({ text: "Join Corner Bakery" }),
      firstName,
      lastName,
      email,
      password,
      acceptTerms,
      newsletter,
      new Footer({
        label: "Create account",
        onClickAction: new CompleteAction({
          payload: {
            first_name: firstName.ref,
            last_name: lastName.ref,
            email: email.ref,
            password: password.ref,
            newsletter: newsletter.ref,
          },
        }),
      }),
    ],
  }),
});

/** The sign-up flow. */
export const signUpFlow = new FlowJSON({ version: "7.1", screens: [signUp, terms] });
