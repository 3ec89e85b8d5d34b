export * from "./receipt";
export * from "./tally";
export * from "./threshold";
export type * from "./types";
