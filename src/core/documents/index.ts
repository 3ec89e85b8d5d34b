export * from "./date-in-words";
export * from "./html-blocks";
export * from "./layout-rules";
export * from "./model";
export * from "./numbering";
export * from "./validate";
