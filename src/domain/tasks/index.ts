export { TARGET_MAX, TITLE_MAX_LENGTH, UNIT_MAX_LENGTH } from "./limits";
export { moveItem, placeActiveOrder, reconcileOrder, type OrderedTask } from "./order";
export { repeatText } from "./schedule-text";
