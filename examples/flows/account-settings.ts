/**
 * Account settings with an endpoint (Flow JSON 7.3, Data API 4.0): inputs start with the
 * endpoint's values (`init-value`), the phone is checked with a `pattern`, the phone is hidden
 * from the response summary (`sensitive`), and the endpoint saves the changes.
 */
import {
  CheckboxGroup,
  CompleteAction,
  DataExchangeAction,
  DatePicker,
  FlowJSON,
  Footer,
  InputType,
  Layout,
  Screen,
  ScreenData,
  TextArea,
  TextBody,
  TextInput,
} from "@tswa/flows/json";

const savedAt = new ScreenData({ key: "saved_at", example: "Saved on 3 March at 14:05" });
const saved = new Screen({
  id: "SAVED",
  title: "Saved",
  terminal: true,
  data: [savedAt],
  layout: new Layout({
    children: [
      new TextBody({ text: savedAt.ref }),
      new Footer({ label: "Close", onClickAction: new CompleteAction() }),
    ],
  }),
});

const displayName = new ScreenData({ key: "display_name", example: "Ada L." });
const currentPhone = new ScreenData({ key: "phone", example: "+44 20 7946 0958" });
const currentBio = new ScreenData({ key: "bio", example: "Baker and cyclist." });
const currentBirthday = new ScreenData({ key: "birthday", example: "1990-12-10" });
const currentTopics = new ScreenData({ key: "topics", example: ["orders"] });

const name = new TextInput({
  name: "display_name",
  label: "Display name",
  labelVariant: "large",
  initValue: displayName.ref,
  maxChars: 30,
  required: true,
});
const phone = new TextInput({
  name: "phone",
  label: "Phone",
  inputType: InputType.PHONE,
  initValue: currentPhone.ref,
  pattern: /^\+[0-9 ]{8,15}$/,
  helperText: "International format, such as +44 20 7946 0958",
  errorMessage: "Start with + and the country",
});
const bio = new TextArea({
  name: "bio",
  label: "About you",
  initValue: currentBio.ref,
  maxLength: 160,
});
const birthday = new DatePicker({
  name: "birthday",
  label: "Birthday",
  initValue: currentBirthday.ref,
  maxDate: "2010-12-31",
  helperText: "For a treat on your birthday",
});
const topics = new CheckboxGroup({
  name: "topics",
  label: "Messages I want",
  description: "You can change this at any time",
  initValue: currentTopics.ref,
  dataSource: [
    { id: "orders", title: "Order updates" },
    { id: "offers", title: "Offers", description: "At most one a week" },
    { id: "news", title: "New products", enabled: false, metadata: "Coming soon" },
  ],
});

const settings = new Screen({
  id: "SETTINGS",
  title: "Account settings",
  data: [displayName, currentPhone, currentBio, currentBirthday, currentTopics],
  sensitive: ["phone"],
  layout: new Layout({
    children: [
      name,
      phone,
      bio,
      birthday,
      topics,
      new Footer({
        label: "Save",
        onClickAction: new DataExchangeAction({
          payload: {
            display_name: name.ref,
            phone: phone.ref,
            bio: bio.ref,
            birthday: birthday.ref,
            topics: topics.ref,
          },
        }),
      }),
    ],
  }),
});

/** The account-settings flow. */
export const accountSettingsFlow = new FlowJSON({
  version: "7.3",
  dataApiVersion: "4.0",
  routingModel: { SETTINGS: ["SAVED"], SAVED: [] },
  screens: [settings, saved],
});
