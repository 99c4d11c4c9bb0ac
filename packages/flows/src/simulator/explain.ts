/** What the simulator sent, which decides why an endpoint would refuse it. */
export interface FlowStatusContext {
  /** Whether the requests carried an `X-Hub-Signature-256` (the simulator had an app secret). */
  signed: boolean;
}

/**
 * Says in words why a flow endpoint answered a simulated request with `status`, and what to
 * pass so it would not: which secret for a 432, which key for a 421. `undefined` for 200 and
 * for statuses whose reason only the endpoint knows.
 *
 * @example
 * ```ts
 * import { explainFlowStatus } from "@tswa/flows/simulator";
 *
 * explainFlowStatus(432, { signed: false });
 * // "432: the endpoint checks X-Hub-Signature-256 and the requests were not signed: …"
 * ```
 */
export function explainFlowStatus(status: number, context: FlowStatusContext): string | undefined {
  switch (status) {
    case 432:
      return context.signed
        ? "432: the endpoint checks X-Hub-Signature-256 and the signature did not match: sign with the same app secret the server has (--app-secret, $WHATSAPP_APP_SECRET, or the simulator's appSecret option)"
        : "432: the endpoint checks X-Hub-Signature-256 and the requests were not signed: give the simulator the app secret the server has (--app-secret, or export WHATSAPP_APP_SECRET in this terminal too; appSecret in code)";
    case 421:
      return "421: the endpoint could not decrypt the requests: the public key given to the simulator is not the public half of the server's private key (businessPrivateKey)";
    case 404:
      return "404: nothing is served on this path: check the URL against the path given to onFlowRequest (or createFlowEndpoint)";
    case 400:
      return "400: the endpoint did not take the request for a flow request: is the URL a flow endpoint and not the webhook path?";
    case 500:
      return "500: a handler threw or returned nothing usable: the server's output says which (an error notification needs a handler that takes errors: a main handler, or callOnError: true)";
    default:
      return undefined;
  }
}
