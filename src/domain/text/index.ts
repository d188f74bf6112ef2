export { parseDecimalText, parseTypedNumber, type TypedNumberKind } from "./parse";
export { countOf, pluralWord } from "./plural";
export { formatBytes, formatCount, formatDecimal, formatFixed, formatKcal } from "./number";
export { isStorableText, unstorableTextProblem } from "./storable";
