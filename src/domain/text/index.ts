export { parseDecimalText } from "./parse";
export { countOf, pluralWord } from "./plural";
export { formatBytes, formatCount, formatDecimal, formatFixed, formatKcal } from "./number";
