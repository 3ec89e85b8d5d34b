export * from "./accounts";
export * from "./audit";
export * from "./clusters";
export * from "./documents";
export * from "./orgs";
export * from "./scoring";
export * from "./sign-in";
export * from "./tasks";
