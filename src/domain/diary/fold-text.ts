const COMBINING_MARKS = /\p{M}/gu;

/** Lower case without diacritics: "Crème Brûlée" -> "creme brulee". */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
}

export interface FoldedText {
  folded: string;
  /** For each folded character: where its source code point starts and ends in the text. */
  sourceStart: number[];
  sourceEnd: number[];
}

/** Folds code point by code point, remembering where every folded character came from. */
export function foldWithSourceMap(text: string): FoldedText {
  const result: FoldedText = { folded: "", sourceStart: [], sourceEnd: [] };
  let index = 0;
  for (const codePoint of text) {
    const folded = foldForSearch(codePoint);
    const end = index + codePoint.length;
    if (folded === "" && result.sourceEnd.length > 0) {
      // A lone combining mark belongs to the character before it.
      result.sourceEnd[result.sourceEnd.length - 1] = end;
    }
    for (const character of folded) {
      result.folded += character;
      for (let unit = 0; unit < character.length; unit += 1) {
        result.sourceStart.push(index);
        result.sourceEnd.push(end);
      }
    }
    index = end;
  }
  return result;
}

export interface TextRange {
  start: number;
  end: number;
}

/** Non-overlapping ranges of the text matching any term, ignoring case and diacritics. */
export function findMatches(text: string, terms: readonly string[]): TextRange[] {
  const source = foldWithSourceMap(text);
  const ranges: TextRange[] = [];
  for (const term of new Set(terms.map(foldForSearch))) {
    if (term === "") continue;
    let from = source.folded.indexOf(term);
    while (from !== -1) {
      const last = from + term.length - 1;
      ranges.push({ start: source.sourceStart[from] ?? 0, end: source.sourceEnd[last] ?? 0 });
      from = source.folded.indexOf(term, from + term.length);
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
