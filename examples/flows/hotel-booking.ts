/**
 * A hotel booking without an endpoint (Flow JSON 6.1): a CalendarPicker in range mode picks the
 * stay, and the confirmation screen receives the stay and the room through a typed navigate
 * payload.
 */
import {
  CalendarDay,
  CalendarPicker,
  CompleteAction,
  Dropdown,
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

const stay = new ScreenData({
  key: "stay",
  example: { "start-date": "2026-06-01", "end-date": "2026-06-04" },
});
const room = new ScreenData({ key: "room", example: "double" });
const guests = new ScreenData({ key: "guests", example: "2" });
const confirm = new Screen({
  id: "CONFIRM",
  title: "Confirm your stay",
  terminal: true,
  data: [stay, room, guests],
  layout: new Layout({
    children: [
      new TextHeading({ text: "Ready to book" }),
      new TextBody({ text: room.ref }),
      new TextBody({ text: guests.ref }),
      new Footer({
        label: "Book now",
        leftCaption: "Free cancel",
        rightCaption: "Pay at hotel",
        onClickAction: new CompleteAction({
          payload: { stay: stay.ref, room: room.ref, guests: guests.ref },
        }),
      }),
    ],
  }),
});

const dates = new CalendarPicker({
  name: "stay",
  mode: "range",
  title: "Your stay",
  description: "Check-in from 3 pm, check-out until 11 am",
  label: { startDate: "Check-in", endDate: "Check-out" },
  helperText: { startDate: "Arrival day", endDate: "Departure day" },
  required: { startDate: true, endDate: true },
  minDate: "2026-03-01",
  maxDate: "2026-12-20",
  unavailableDates: ["2026-07-14", "2026-08-15"],
  includeDays: [
    CalendarDay.MON,
    CalendarDay.TUE,
    CalendarDay.WED,
    CalendarDay.THU,
    CalendarDay.FRI,
    CalendarDay.SAT,
    CalendarDay.SUN,
  ],
  minDays: 1,
  maxDays: 14,
});
const roomType = new Dropdown({
  name: "room",
  label: "Room",
  required: true,
  dataSource: [
    { id: "single", title: "Single", description: "One bed, city view" },
    { id: "double", title: "Double", description: "Queen bed, garden view" },
    { id: "suite", title: "Suite", description: "Living room and balcony" },
  ],
});
const people = new TextInput({
  name: "guests",
  label: "Guests",
  inputType: InputType.NUMBER,
  required: true,
  maxChars: 1,
});

const search = new Screen({
  id: "SEARCH",
  title: "Book a room",
  layout: new Layout({
    children: [
      dates,
      roomType,
      people,
      new Footer({
        label: "Continue",
        onClickAction: new NavigateAction({
          next: confirm,
          payload: { stay: dates.ref, room: roomType.ref, guests: people.ref },
        }),
      }),
    ],
  }),
});

/** The hotel-booking flow. */
export const hotelBookingFlow = new FlowJSON({ version: "6.1", screens: [search, confirm] });
