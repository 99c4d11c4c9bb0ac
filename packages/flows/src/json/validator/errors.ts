/**
 * Error codes of {@link FlowJsonValidationError}: the names Meta uses in a flow's
 * `validation_errors` (spec 3.4). Meta's list is partial, so one code covers several rules; the
 * message says which rule and how to fix it.
 */
export const FlowJsonErrorCode = {
  /** The document is not JSON, or not a JSON object. */
  INVALID_FLOW_JSON: "INVALID_FLOW_JSON",
  /** `version` is missing. */
  MISSING_FLOW_JSON_VERSION: "MISSING_FLOW_JSON_VERSION",
  /** `version` is not a `"major.minor"` string. */
  INVALID_FLOW_JSON_VERSION: "INVALID_FLOW_JSON_VERSION",
  /** `version` is not a Flow JSON version. */
  UNSUPPORTED_FLOW_JSON_VERSION: "UNSUPPORTED_FLOW_JSON_VERSION",
  /** A required property is missing. */
  MISSING_REQUIRED_PROPERTY: "MISSING_REQUIRED_PROPERTY",
  /** A property that does not exist here, or not in this Flow JSON version. */
  INVALID_PROPERTY_KEY: "INVALID_PROPERTY_KEY",
  /** A value of the wrong JSON type. */
  INVALID_PROPERTY_TYPE: "INVALID_PROPERTY_TYPE",
  /** A value that breaks a rule: too long, out of range, unknown reference, not allowed here. */
  INVALID_PROPERTY_VALUE: "INVALID_PROPERTY_VALUE",
  /** A value in the wrong format (dates). */
  INVALID_PROPERTY_VALUE_FORMAT: "INVALID_PROPERTY_VALUE_FORMAT",
  /** A value outside the property's allowed values. */
  INVALID_ENUM_VALUE: "INVALID_ENUM_VALUE",
  /** A list with too few items. */
  MIN_ITEMS_REQUIRED: "MIN_ITEMS_REQUIRED",
  /** An empty string where text is required. */
  MIN_CHARS_REQUIRED: "MIN_CHARS_REQUIRED",
  /** Properties that require, or exclude, each other. */
  INVALID_DEPENDENCIES: "INVALID_DEPENDENCIES",
  /** A routing-model rule is broken (unknown screens, cycles, branches, routes, entry screen). */
  INVALID_ROUTING_MODEL: "INVALID_ROUTING_MODEL",
  /** `data_api_version` is not a Data API version this Flow JSON can use. */
  NO_SUPPORTED_DATA_API_VERSION: "NO_SUPPORTED_DATA_API_VERSION",
} as const;

/** A {@link FlowJsonErrorCode} value. */
export type FlowJsonErrorCode = (typeof FlowJsonErrorCode)[keyof typeof FlowJsonErrorCode];

/**
 * Meta's `error_type`: `JSON_SCHEMA_ERROR` for the shape of the document (keys, types, lengths,
 * enums), `FLOW_JSON_ERROR` for the rules across it (versions, routing, references, limits).
 */
export type FlowJsonErrorType = "FLOW_JSON_ERROR" | "JSON_SCHEMA_ERROR";

/**
 * One problem `validateFlowJson` found, shaped like an item of Meta's `validation_errors`
 * (without line and column: the input may be an object).
 */
export interface FlowJsonValidationError {
  /** The error code, such as `INVALID_PROPERTY_VALUE`. */
  readonly error: FlowJsonErrorCode;
  /** `JSON_SCHEMA_ERROR` or `FLOW_JSON_ERROR`. */
  readonly errorType: FlowJsonErrorType;
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** Where, as Meta writes it: `screens[0].layout.children[1].label` (`""` for the document). */
  readonly path: string;
}
