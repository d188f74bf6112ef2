export { countOf, pluralWord } from "./plural";
export { formatCount, formatDecimal, formatFixed, formatKcal } from "./number";
