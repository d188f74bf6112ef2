export { countOf, pluralWord } from "./plural";
export { formatCount, formatKcal } from "./number";
