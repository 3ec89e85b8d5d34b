export * from "./accounts";
export * from "./audit";
export * from "./calendars";
export * from "./clusters";
export * from "./orgs";
export * from "./scoring";
