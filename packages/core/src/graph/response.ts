import { z } from "zod";
import type { GraphErrorBody } from "./graph-error.js";
import { GraphResponseError } from "./graph-error.js";

// Graph writes codes as numbers; some proxies and older endpoints write them as digit strings.
const graphCode = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional();

const graphErrorEnvelope = z.object({
  error: z.looseObject({
    message: z.string(),
    type: z.string().optional(),
    code: graphCode,
    error_subcode: graphCode,
    error_user_title: z.string().optional(),
    error_user_msg: z.string().optional(),
    error_data: z.union([z.looseObject({ details: z.string().optional() }), z.string()]).optional(),
    is_transient: z.boolean().optional(),
    fbtrace_id: z.string().optional(),
  }),
});

/**
 * Reads a Graph error body (`{"error": {...}}`) from text or a response.
 *
 * @returns The `error` object, or `undefined` when the body is not Graph's error shape.
 */
export function readGraphErrorBody(text: string): GraphErrorBody | undefined;
export function readGraphErrorBody(response: Response): Promise<GraphErrorBody | undefined>;
export function readGraphErrorBody(
  source: string | Response,
): GraphErrorBody | undefined | Promise<GraphErrorBody | undefined> {
  if (typeof source !== "string") {
    return source.text().then(
      (text) => readGraphErrorBody(text),
      () => undefined,
    );
  }
  try {
    const parsed = graphErrorEnvelope.safeParse(JSON.parse(source));
    return parsed.success ? (parsed.data.error as GraphErrorBody) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses a success body with its schema.
 *
 * @throws {@link GraphResponseError} naming the first field that does not match, so a change
 *   on Graph's side is reported where it enters, not as `undefined` deep in user code.
 */
export function readGraphResponse<S extends z.ZodType>(
  schema: S,
  text: string,
  label: string,
  status: number,
): z.output<S> {
  let json: unknown;
  try {
    json = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new GraphResponseError(label, status, text, "the answer is not JSON");
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join(".") : "(the body)";
  throw new GraphResponseError(
    label,
    status,
    text,
    `the answer does not match what tswa expects: field \`${field}\`: ${issue?.message ?? "invalid"}`,
  );
}
