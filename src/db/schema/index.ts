export * from "./accounts";
export * from "./audit";
export * from "./clusters";
export * from "./meetings";
export * from "./orgs";
export * from "./scoring";
