export * from "./accounts";
export * from "./audit";
export * from "./clusters";
export * from "./orgs";
export * from "./publication";
export * from "./scoring";
