export { countOf, pluralWord } from "./plural";
export { formatCount, formatDecimal, formatKcal } from "./number";
