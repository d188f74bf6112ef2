import { renderMarkdownToSafeHtml as r } from "@/domain/diary/markdown";
import { snippetAround } from "@/domain/diary/snippet";
import { highlightMatches } from "@/domain/diary/highlight";
it("play", () => {
  const cases = [
    "# Title\nline one\nline **two** and *it* `co*de*`\n\n- a\n- [b](https://x.com/?a=1&b=2)\n\n3. x\n4. y\n> q1\n> q2\n>\n> q3",
    '[x](https://a.com/"onmouseover="alert)',
    "[x](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "`x` \u00000\u0000 done",
    "2 * 3 * 4 and **unclosed",
    "[**b** `c`](mailto:me@example.com)",
  ];
  for (const c of cases) console.log(JSON.stringify(c) + "\n=>\n" + r(c));
  const long = "The quick brown fox jumps over the lazy dog while the cat sleeps on a warm windowsill in the afternoon sun.";
  console.log(snippetAround(long, ["cat"], 20));
  console.log(snippetAround(long, ["zzz"], 20));
  console.log(snippetAround(long, ["quick"], 20));
  console.log(JSON.stringify(highlightMatches("Crème Brûlée at Cafe\u0301", ["creme", "CAFÉ", "brû", "rûlé"])));
});
