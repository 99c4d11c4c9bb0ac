/**
 * Appointment booking with an endpoint (Flow JSON 7.1, Data API 3.0): the endpoint fills the
 * departments, dates and times, answers each pick (`data_exchange` on select), and refreshes the
 * first screen when the user comes back to it (`refresh_on_back`). The last screen shows a
 * summary built from the previous screens' inputs and the endpoint closes the flow.
 */
import {
  DataExchangeAction,
  DatePicker,
  Dropdown,
  FlowJSON,
  Footer,
  formRef,
  InputType,
  Layout,
  Screen,
  ScreenData,
  TextArea,
  TextBody,
  TextHeading,
  TextInput,
  TextSubheading,
} from "@tswa/flows/json";

// APPOINTMENT: what the endpoint sends (INIT and after each pick).
const departments = new ScreenData({
  key: "departments",
  example: [{ id: "cardiology", title: "Cardiology" }],
});
const minDate = new ScreenData({ key: "min_date", example: "2026-03-02" });
const maxDate = new ScreenData({ key: "max_date", example: "2026-04-30" });
const unavailableDates = new ScreenData({ key: "unavailable_dates", example: ["2026-03-09"] });
const times = new ScreenData({ key: "times", example: [{ id: "09:30", title: "09:30" }] });
const timeEnabled = new ScreenData({ key: "is_time_enabled", example: false });

const department = new Dropdown({
  name: "department",
  label: "Department",
  dataSource: departments.ref,
  required: true,
  onSelectAction: new DataExchangeAction({
    payload: { trigger: "department_selected", department: formRef("department") },
  }),
});
const date = new DatePicker({
  name: "date",
  label: "Date",
  minDate: minDate.ref,
  maxDate: maxDate.ref,
  unavailableDates: unavailableDates.ref,
  required: true,
  onSelectAction: new DataExchangeAction({
    payload: { trigger: "date_selected", department: department.ref, date: formRef("date") },
  }),
});
const time = new Dropdown({
  name: "time",
  label: "Time",
  dataSource: times.ref,
  enabled: timeEnabled.ref,
  required: true,
});

/** The first screen: department, date and time (the endpoint fills the choices). */
export const appointment = new Screen({
  id: "APPOINTMENT",
  title: "Book an appointment",
  data: [departments, minDate, maxDate, unavailableDates, times, timeEnabled],
  layout: new Layout({
    children: [
      new TextHeading({ text: "When would you like to come?" }),
      department,
      date,
      time,
      new Footer({
        label: "Continue",
        onClickAction: new DataExchangeAction({
          payload: { department: department.ref, date: date.ref, time: time.ref },
        }),
      }),
    ],
  }),
});

// DETAILS: who is coming. Back from here asks the endpoint for fresh slots.
const slot = new ScreenData({ key: "slot", example: "Cardiology, Mon 2 March at 09:30" });
const name = new TextInput({ name: "name", label: "Full name", required: true });
const email = new TextInput({ name: "email", label: "Email", inputType: InputType.EMAIL });
const phone = new TextInput({
  name: "phone",
  label: "Phone",
  inputType: InputType.PHONE,
  required: true,
});
const notes = new TextArea({ name: "notes", label: "Anything to add?", maxLength: 300 });

/** Who is coming; back from here refreshes APPOINTMENT. */
export const details = new Screen({
  id: "DETAILS",
  title: "Your details",
  refreshOnBack: true,
  data: [slot],
  layout: new Layout({
    children: [
      new TextSubheading({ text: slot.ref }),
      name,
      email,
      phone,
      notes,
      new Footer({
        label: "Review",
        onClickAction: new DataExchangeAction({
          payload: {
            slot: slot.ref,
            name: name.ref,
            email: email.ref,
            phone: phone.ref,
            notes: notes.ref,
          },
        }),
      }),
    ],
  }),
});

// CONFIRM: a summary; the endpoint books and closes the flow.
const summary = new ScreenData({ key: "summary", example: "Cardiology, Mon 2 March at 09:30" });
/** The summary; the endpoint books and closes the flow. */
export const confirm = new Screen({
  id: "CONFIRM",
  title: "Confirm",
  terminal: true,
  data: [summary],
  layout: new Layout({
    children: [
      new TextHeading({ text: "Almost done" }),
      new TextBody({ text: summary.ref }),
      new TextBody({ text: details.formRef("name") }),
      new TextBody({ text: details.formRef("phone") }),
      new Footer({
        label: "Book it",
        onClickAction: new DataExchangeAction({
          payload: {
            summary: summary.ref,
            name: details.formRef("name"),
            phone: details.formRef("phone"),
          },
        }),
      }),
    ],
  }),
});

/** The appointment-booking flow. */
export const appointmentBookingFlow = new FlowJSON({
  version: "7.1",
  dataApiVersion: "3.0",
  routingModel: { APPOINTMENT: ["DETAILS"], DETAILS: ["CONFIRM"], CONFIRM: [] },
  screens: [appointment, details, confirm],
});
