export * from "./escape-html";
export * from "./markdown";
export * from "./fold-text";
export * from "./highlight";
export * from "./snippet";
export * from "./search-query";
export * from "./schema";
