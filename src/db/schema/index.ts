export * from "./accounts";
export * from "./audit";
export * from "./clusters";
export * from "./documents";
export * from "./orgs";
export * from "./scoring";
