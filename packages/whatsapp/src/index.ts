export * from "@tswa/core";
export * from "@tswa/flows";
