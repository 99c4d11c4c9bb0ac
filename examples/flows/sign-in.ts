/**
 * Sign-in with an endpoint (Flow JSON 6.0): the endpoint checks the password and answers with
 * the WELCOME screen, or sends the user to reset it.
 */
import {
  DataExchangeAction,
  EmbeddedLink,
  FlowJSON,
  Footer,
  InputType,
  Layout,
  NavigateAction,
  Screen,
  ScreenData,
  TextBody,
  TextHeading,
  TextInput,
} from "@tswa/flows/json";

const resetEmail = new TextInput({
  name: "email",
  label: "Email",
  inputType: InputType.EMAIL,
  required: true,
});
const forgotPassword = new Screen({
  id: "FORGOT_PASSWORD",
  title: "Reset your password",
  terminal: true,
  layout: new Layout({
    children: [
      new TextBody({
        text: "We will send a link to reset your password. It expires after 24 hours.",
      }),
      resetEmail,
      new Footer({
        label: "Send the link",
        onClickAction: new DataExchangeAction({ payload: { reset_email: resetEmail.ref } }),
      }),
    ],
  }),
});

const firstName = new ScreenData({ key: "first_name", example: "Ada" });
const welcome = new Screen({
  id: "WELCOME",
  title: "Welcome back",
  terminal: true,
  data: [firstName],
  layout: new Layout({
    children: [
      new TextHeading({ text: "You are signed in" }),
      new TextBody({ text: firstName.ref }),
      new Footer({
        label: "Continue",
        onClickAction: new DataExchangeAction({ payload: { signed_in: true } }),
      }),
    ],
  }),
});

const email = new TextInput({
  name: "email",
  label: "Email",
  inputType: InputType.EMAIL,
  required: true,
});
const password = new TextInput({
  name: "password",
  label: "Password",
  inputType: InputType.PASSWORD,
  required: true,
});
const signIn = new Screen({
  id: "SIGN_IN",
  title: "Sign in",
  sensitive: ["password"],
  layout: new Layout({
    children: [
      email,
      password,
      new EmbeddedLink({
        text: "Forgot your password?",
        onClickAction: new NavigateAction({ next: forgotPassword }),
      }),
      new Footer({
        label: "Sign in",
        onClickAction: new DataExchangeAction({
          payload: { email: email.ref, password: password.ref },
        }),
      }),
    ],
  }),
});

/** The sign-in flow. */
export const signInFlow = new FlowJSON({
  version: "6.0",
  dataApiVersion: "3.0",
  routingModel: {
    SIGN_IN: ["WELCOME", "FORGOT_PASSWORD"],
    WELCOME: [],
    FORGOT_PASSWORD: [],
  },
  screens: [signIn, welcome, forgotPassword],
});
