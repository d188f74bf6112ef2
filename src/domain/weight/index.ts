export * from "./units";
export * from "./trend";
export * from "./rate";
export * from "./summary";
export * from "./range";
