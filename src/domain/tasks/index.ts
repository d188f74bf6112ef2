export { moveItem, placeActiveOrder, reconcileOrder, type OrderedTask } from "./order";
