/** A PostgreSQL array in its text form, `{1,2}` or `{{"a b",NULL},{c,d}}`, as nested lists. */
export type PgArray = Array<string | null | PgArray>;

export function parsePgArray(text: string): PgArray {
  let i = 0;

  function parseList(): PgArray {
    const items: PgArray = [];
    i += 1; // "{"
    while (i < text.length && text[i] !== "}") {
      if (text[i] === "{") {
        items.push(parseList());
      } else if (text[i] === '"') {
        let value = "";
        i += 1;
        while (i < text.length && text[i] !== '"') {
          if (text[i] === "\\") i += 1;
          value += text[i] ?? "";
          i += 1;
        }
        i += 1;
        items.push(value);
      } else {
        let end = i;
        while (end < text.length && text[end] !== "," && text[end] !== "}") end += 1;
        const raw = text.slice(i, end);
        items.push(raw === "NULL" ? null : raw);
        i = end;
      }
      if (text[i] === ",") i += 1;
    }
    i += 1; // "}"
    return items;
  }

  // Arrays with explicit bounds print as "[0:1]={...}"; the bounds carry no values.
  const brace = text.indexOf("{");
  i = brace === -1 ? text.length : brace;
  return brace === -1 ? [] : parseList();
}
