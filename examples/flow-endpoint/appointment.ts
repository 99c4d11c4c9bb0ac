/**
 * A two-screen appointment flow served by a tswa flow endpoint:
 * APPOINTMENT (pick a date) -> CONFIRM (check the summary) -> the flow closes with the booking.
 */
import { createFlowEndpoint, type FlowEndpoint, type FlowEndpointOptions } from "@tswa/flows";

const SLOTS: Record<string, string[]> = {
  "2026-12-01": ["09:00", "11:30"],
  "2026-12-02": ["14:00"],
};

/** Creates the endpoint; `options` carries the key, the app secret and the path. */
export function createAppointmentEndpoint(options: FlowEndpointOptions): FlowEndpoint {
  return (
    createFlowEndpoint(options)
      // The flow was opened: show the dates that have free slots.
      .onInit((req) => {
        if (req.flowToken === "expired") req.tokenNoLongerValid("This booking link has expired.");
        return req.respond({ screen: "APPOINTMENT", data: { dates: Object.keys(SLOTS) } });
      })
      // A date was picked: a day without slots shows the same screen with a snackbar.
      .onDataExchange("APPOINTMENT", (req) => {
        const date = String(req.data.date ?? "");
        const slots = SLOTS[date];
        if (!slots) {
          return req.respond({
            screen: "APPOINTMENT",
            data: { dates: Object.keys(SLOTS) },
            errorMessage: `No free slot on ${date || "that day"}, pick another date.`,
          });
        }
        return req.respond({
          screen: "CONFIRM",
          data: { date, time: slots[0], summary: `${date} at ${slots[0]}` },
        });
      })
      // Confirmed: close the flow; these params reach the completion webhook.
      .onDataExchange("CONFIRM", (req) =>
        req.respond({
          closeFlow: true,
          data: { date: req.data.date, time: req.data.time, booked: true },
        }),
      )
      // Back from CONFIRM (refresh_on_back): show the dates again, fresh.
      .onBack("CONFIRM", (req) =>
        req.respond({ screen: "APPOINTMENT", data: { dates: Object.keys(SLOTS) } }),
      )
      // The client reports a problem with an earlier answer; the SDK acknowledges it.
      .onDataExchange(
        undefined,
        (req) => {
          console.log(`  (endpoint) client reported ${String(req.data.error)} on ${req.screen}`);
          return {};
        },
        { callOnError: true },
      )
  );
}
