export * from "./date-in-words";
export * from "./layout-rules";
export * from "./model";
export * from "./numbering";
export * from "./validate";
export * from "./html-blocks";
