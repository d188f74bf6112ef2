export * from "./limits";
export * from "./schemas";
export * from "./quick-add";
export * from "./aggregate";
