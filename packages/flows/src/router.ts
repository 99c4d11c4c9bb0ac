import { type FlowRequestAction, FlowRequestActionType } from "./action.js";
import type { FlowResponseError } from "./errors.js";
import type { FlowRequest } from "./request.js";
import type { FlowResponse } from "./response.js";

/** What a flow handler may give back: a response, its plain JSON, or an error to answer with. */
export type FlowHandlerResult = FlowResponse | Record<string, unknown> | FlowResponseError;

/**
 * Handles one flow request. Return a {@link FlowResponse} (usually from `req.respond()`), a plain
 * object (sent as is), or throw a {@link FlowResponseError} such as `FlowTokenNoLongerValid`.
 */
export type FlowRequestHandler<R extends FlowRequest = FlowRequest> = (
  request: R,
) => FlowHandlerResult | Promise<FlowHandlerResult>;

/** Decides whether a handler takes a request; all filters of a handler must pass. */
export type FlowRequestFilter<R extends FlowRequest = FlowRequest> = (
  request: R,
) => boolean | Promise<boolean>;

/** One filter or several (all must pass). */
export type FlowRequestFilters<R extends FlowRequest = FlowRequest> =
  | FlowRequestFilter<R>
  | readonly FlowRequestFilter<R>[];

/** Options of a sub-handler. */
export interface FlowHandlerOptions {
  /**
   * Error notifications (requests whose `hasError` is true): `false` (the default for `onInit`
   * and `onDataExchange`) skips them, `true` takes only them. With `acknowledgeErrors` on, the
   * handler runs and the endpoint answers with the acknowledgement, ignoring its result.
   * `on()` takes both kinds unless this is set.
   */
  callOnError?: boolean | undefined;
}

/**
 * A screen to route on: its id, or an object with an `id` such as a Flow JSON `Screen`
 * (`@tswa/flows/json`), so that renaming the screen in the flow renames it here too.
 */
export type ScreenSelector<S extends string | undefined> =
  | S
  | {
      /** The screen id. */
      readonly id: S;
    };

/** The request a handler for `action` on `screen` receives. */
type Narrowed<A extends FlowRequestAction, S extends string | undefined> = FlowRequest<
  A,
  S extends string ? S : string | undefined
>;

interface Route {
  action: string;
  screen: string | undefined;
  filters: readonly FlowRequestFilter[];
  callOnError: boolean | undefined;
  handler: FlowRequestHandler;
}

/**
 * What a sub-handler registration takes: the handler, or filters then the handler; then options.
 *
 * @inline
 */
type HandlerArgs<R extends FlowRequest> =
  | [handler: FlowRequestHandler<R>, options?: FlowHandlerOptions]
  | [filters: FlowRequestFilters<R>, handler: FlowRequestHandler<R>, options?: FlowHandlerOptions];

/**
 * Routes flow requests of one endpoint to handlers by action, screen and filters.
 *
 * Sub-handlers are tried in the order they were added; the first whose action, screen (when
 * given), error kind and filters all match handles the request. When none matches, the main
 * handler does. Each `on*` method returns the router, so registrations chain.
 *
 * @example
 * ```ts
 * import { createFlowEndpoint } from "@tswa/flows";
 *
 * createFlowEndpoint({ path: "/feedback", privateKey: process.env.PRIVATE_KEY ?? "" })
 *   .onInit((req) => req.respond({ screen: "SURVEY", data: {} }))
 *   .onDataExchange("SURVEY", (req) => req.data.rating === "5", (req) =>
 *     req.respond({ screen: "THANKS", data: { happy: true } }),
 *   )
 *   .onDataExchange("SURVEY", (req) => req.respond({ closeFlow: true }));
 * ```
 */
export class FlowRouter {
  readonly #routes: Route[] = [];
  readonly #main: FlowRequestHandler | undefined;

  constructor(main?: FlowRequestHandler) {
    this.#main = main;
  }

  /** Handles INIT: the flow was opened from a button sent with `flow_action: "data_exchange"`. */
  onInit(...args: HandlerArgs<FlowRequest<"INIT", undefined>>): this {
    return this.#add(FlowRequestActionType.INIT, undefined, args, false);
  }

  /**
   * Handles `data_exchange` requests, from `screen` only when it is given. The screen is its id
   * or a `Screen` of `@tswa/flows/json`; either way `req.screen` is typed as that id.
   *
   * @example
   * ```ts
   * import type { FlowRouter } from "@tswa/flows";
   *
   * declare const endpoint: FlowRouter;
   * endpoint.onDataExchange("SURVEY", (req) => req.data.rating === "5", (req) =>
   *   req.respond({ screen: "THANKS" }),
   * );
   * ```
   */
  onDataExchange<S extends string | undefined>(
    screen: ScreenSelector<S>,
    ...args: HandlerArgs<Narrowed<"data_exchange", S>>
  ): this {
    return this.#add(FlowRequestActionType.DATA_EXCHANGE, screenId(screen), args, false);
  }

  /**
   * Handles BACK: the user pressed back on `screen` (a screen with `refresh_on_back: true`),
   * given as its id or as a `Screen`. The handler must return the screen to show.
   */
  onBack<S extends string | undefined>(
    screen: ScreenSelector<S>,
    ...args:
      | [handler: FlowRequestHandler<Narrowed<"BACK", S>>]
      | [
          filters: FlowRequestFilters<Narrowed<"BACK", S>>,
          handler: FlowRequestHandler<Narrowed<"BACK", S>>,
        ]
  ): this {
    return this.#add(FlowRequestActionType.BACK, screenId(screen), args, undefined);
  }

  /**
   * Handles any action (including ones WhatsApp adds later), from `screen` (an id or a `Screen`)
   * when it is given.
   */
  on<A extends FlowRequestAction, S extends string | undefined>(
    action: A,
    screen: ScreenSelector<S>,
    ...args: HandlerArgs<Narrowed<A, S>>
  ): this {
    return this.#add(action, screenId(screen), args, undefined);
  }

  /**
   * Finds the handler for a request: the first matching sub-handler, else the main handler,
   * else `undefined`.
   */
  async resolve(request: FlowRequest): Promise<FlowRequestHandler | undefined> {
    const hasError = request.hasError;
    for (const route of this.#routes) {
      if (route.action !== request.action) continue;
      if (route.screen !== undefined && route.screen !== request.screen) continue;
      if (route.callOnError !== undefined && route.callOnError !== hasError) continue;
      if (await passes(route.filters, request)) return route.handler;
    }
    return this.#main;
  }

  #add(
    action: string,
    screen: string | undefined,
    args: readonly unknown[],
    defaultCallOnError: boolean | undefined,
  ): this {
    const [first, second, third] = args;
    const withFilters = typeof second === "function";
    const filters = withFilters ? first : [];
    const handler = withFilters ? second : first;
    const options = (withFilters ? third : second) as FlowHandlerOptions | undefined;
    if (typeof handler !== "function") {
      throw new TypeError(
        `flow handler for ${action}${screen ? ` on ${screen}` : ""} is not a function`,
      );
    }
    this.#routes.push({
      action,
      screen,
      filters: (Array.isArray(filters) ? filters : [filters]) as FlowRequestFilter[],
      callOnError: options?.callOnError ?? defaultCallOnError,
      handler: handler as FlowRequestHandler,
    });
    return this;
  }
}

function screenId(screen: ScreenSelector<string | undefined>): string | undefined {
  if (screen === undefined || typeof screen === "string") return screen;
  if (typeof screen === "object" && screen !== null && typeof screen.id === "string") {
    return screen.id;
  }
  throw new TypeError("a flow handler's screen must be a screen id or an object with a string id");
}

async function passes(
  filters: readonly FlowRequestFilter[],
  request: FlowRequest,
): Promise<boolean> {
  for (const filter of filters) {
    const verdict = filter(request);
    if (!(verdict instanceof Promise ? await verdict : verdict)) return false;
  }
  return true;
}
