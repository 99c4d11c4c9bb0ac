import type { FlowClientSimulator, FlowExchange } from "./simulator.js";

/** Options of {@link runFlowSession}. */
export interface FlowSessionOptions {
  /**
   * The screen to send the `data_exchange` and BACK from. Default: the screen the endpoint
   * answered INIT with.
   */
  screen?: string | undefined;
  /** The payload of the `data_exchange`. Default `{}`. */
  data?: Record<string, unknown> | undefined;
  /** Called after each exchange, for printing progress. */
  onExchange?: ((step: FlowSessionStep, exchange: FlowExchange) => void) | undefined;
}

/** The steps of a simulated session, in order. */
export type FlowSessionStep = "ping" | "INIT" | "data_exchange" | "BACK" | "error";

/**
 * Runs the requests a real client sends over a flow's life, in order: the health check, INIT,
 * a `data_exchange`, a BACK and an error notification. Stops at nothing: every step runs, and
 * the exchanges come back for the caller to check.
 *
 * @example
 * ```ts
 * import { FlowClientSimulator, formatExchange, runFlowSession } from "@tswa/flows/simulator";
 *
 * declare const client: FlowClientSimulator;
 * await runFlowSession(client, {
 *   data: { name: "Ada" },
 *   onExchange: (step, exchange) => console.log(formatExchange(step, exchange)),
 * });
 * ```
 */
export async function runFlowSession(
  client: FlowClientSimulator,
  options: FlowSessionOptions = {},
): Promise<Record<FlowSessionStep, FlowExchange>> {
  const step = async (name: FlowSessionStep, exchange: Promise<FlowExchange>) => {
    const done = await exchange;
    options.onExchange?.(name, done);
    return done;
  };
  const ping = await step("ping", client.ping());
  const init = await step("INIT", client.init());
  const screen = options.screen ?? screenOf(init.response) ?? "START";
  const dataExchange = await step("data_exchange", client.dataExchange(screen, options.data ?? {}));
  const back = await step("BACK", client.back(screen));
  const error = await step(
    "error",
    client.errorNotification({
      screen,
      error: "INVALID_SCREEN_TRANSITION",
      errorMessage:
        "simulated: the endpoint answered with a screen the routing model does not allow",
    }),
  );
  return { ping, INIT: init, data_exchange: dataExchange, BACK: back, error };
}

/** One exchange as readable text: the step, what was sent and what came back. */
export function formatExchange(step: FlowSessionStep, exchange: FlowExchange): string {
  const answer =
    exchange.response !== undefined
      ? JSON.stringify(exchange.response)
      : exchange.body === ""
        ? "(empty body)"
        : JSON.stringify(exchange.body);
  return [
    `── ${step} ──`,
    `  sent:     ${JSON.stringify(exchange.request)}`,
    `  answered: HTTP ${exchange.status} ${answer}`,
  ].join("\n");
}

function screenOf(response: unknown): string | undefined {
  if (typeof response !== "object" || response === null) return undefined;
  const screen = (response as { screen?: unknown }).screen;
  return typeof screen === "string" && screen !== "SUCCESS" ? screen : undefined;
}
