/** The industry (Graph's `vertical`) of a business profile. */
export const Industry = {
  /** Not set. */
  UNDEFINED: "UNDEFINED",
  /** Other. */
  OTHER: "OTHER",
  /** Automotive. */
  AUTO: "AUTO",
  /** Beauty, spa and salon. */
  BEAUTY: "BEAUTY",
  /** Clothing and apparel. */
  APPAREL: "APPAREL",
  /** Education. */
  EDU: "EDU",
  /** Entertainment. */
  ENTERTAIN: "ENTERTAIN",
  /** Event planning and service. */
  EVENT_PLAN: "EVENT_PLAN",
  /** Finance and banking. */
  FINANCE: "FINANCE",
  /** Food and grocery. */
  GROCERY: "GROCERY",
  /** Public service. */
  GOVT: "GOVT",
  /** Hotel and lodging. */
  HOTEL: "HOTEL",
  /** Medical and health. */
  HEALTH: "HEALTH",
  /** Non-profit. */
  NONPROFIT: "NONPROFIT",
  /** Professional services. */
  PROF_SERVICES: "PROF_SERVICES",
  /** Shopping and retail. */
  RETAIL: "RETAIL",
  /** Travel and transportation. */
  TRAVEL: "TRAVEL",
  /** Restaurant. */
  RESTAURANT: "RESTAURANT",
  /** Not a business. */
  NOT_A_BIZ: "NOT_A_BIZ",
} as const;

/** An {@link Industry} value, or another string Graph may send. */
export type Industry = (typeof Industry)[keyof typeof Industry] | (string & {});
