import {
  compareVersions,
  FLOW_DATA_API_VERSIONS,
  FLOW_JSON_VERSIONS,
  isVersionString,
  LATEST_FLOW_JSON_VERSION,
} from "../../versions.js";
import { list, type ValidationContext } from "../context.js";

const TOP_LEVEL_KEYS = [
  "version",
  "screens",
  "routing_model",
  "data_api_version",
  "data_channel_uri",
];

/**
 * The document (spec 6.1, 6.2): a supported `version`, a non-empty `screens` list, a known
 * `data_api_version` (required by `data_exchange`), `routing_model` with an endpoint, and
 * `data_channel_uri` only before Flow JSON 3.0.
 */
export function checkDocument(ctx: ValidationContext): void {
  const { doc } = ctx;
  checkVersion(ctx, doc.version);
  if (!("screens" in doc)) {
    ctx.schema("MISSING_REQUIRED_PROPERTY", "screens", `a Flow JSON needs "screens"`);
  } else if (!Array.isArray(doc.screens)) {
    ctx.schema("INVALID_PROPERTY_TYPE", "screens", `"screens" must be a list`);
  } else if (doc.screens.length === 0) {
    ctx.schema("MIN_ITEMS_REQUIRED", "screens", "a flow needs at least one screen");
  }
  if (ctx.knownVersion) {
    for (const key of Object.keys(doc)) {
      if (!TOP_LEVEL_KEYS.includes(key)) {
        ctx.schema("INVALID_PROPERTY_KEY", key, `a Flow JSON has no property "${key}"`);
      }
    }
  }
  const usesDataExchange = [...ctx.actions()].some(
    ([visit]) => visit.action.name === "data_exchange",
  );
  const apiVersion = doc.data_api_version;
  if (apiVersion === undefined) {
    if (usesDataExchange) {
      ctx.report(
        "MISSING_REQUIRED_PROPERTY",
        "data_api_version",
        `the flow uses data_exchange, so it needs "data_api_version" (for example "3.0")`,
      );
    }
  } else if (!(FLOW_DATA_API_VERSIONS as readonly string[]).includes(String(apiVersion))) {
    ctx.report(
      "NO_SUPPORTED_DATA_API_VERSION",
      "data_api_version",
      `"data_api_version" must be ${list(FLOW_DATA_API_VERSIONS)}, not ${JSON.stringify(apiVersion)}`,
    );
  } else if (apiVersion === "4.0" && !ctx.atLeast("7.3")) {
    ctx.report(
      "NO_SUPPORTED_DATA_API_VERSION",
      "data_api_version",
      `Data API 4.0 needs Flow JSON 7.3 or newer; this flow is ${ctx.version}: use "3.0"`,
    );
  }
  if ((apiVersion !== undefined || usesDataExchange) && !("routing_model" in doc)) {
    ctx.report(
      "MISSING_REQUIRED_PROPERTY",
      "routing_model",
      `a flow with an endpoint needs "routing_model" (each screen id -> the screens it leads to)`,
    );
  }
  if ("data_channel_uri" in doc && ctx.atLeast("3.0")) {
    ctx.report(
      "INVALID_PROPERTY_KEY",
      "data_channel_uri",
      `"data_channel_uri" is only for Flow JSON before 3.0; set the endpoint with the flow's endpoint_uri instead`,
    );
  }
}

function checkVersion(ctx: ValidationContext, version: unknown): void {
  if (version === undefined) {
    ctx.schema(
      "MISSING_FLOW_JSON_VERSION",
      "version",
      `a Flow JSON needs "version", such as "${LATEST_FLOW_JSON_VERSION}"`,
    );
  } else if (!isVersionString(version)) {
    ctx.schema(
      "INVALID_FLOW_JSON_VERSION",
      "version",
      `"version" must be a "major.minor" string such as "${LATEST_FLOW_JSON_VERSION}", not ${JSON.stringify(version)}`,
    );
  } else if (
    !(FLOW_JSON_VERSIONS as readonly string[]).includes(version) &&
    compareVersions(version, LATEST_FLOW_JSON_VERSION) < 0
  ) {
    ctx.report(
      "UNSUPPORTED_FLOW_JSON_VERSION",
      "version",
      `Flow JSON ${version} does not exist; versions are ${FLOW_JSON_VERSIONS.join(", ")}`,
    );
  }
}
