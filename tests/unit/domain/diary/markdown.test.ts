import { renderMarkdownToSafeHtml } from "@/domain/diary/markdown";

const REL = 'rel="noopener noreferrer nofollow"';
const ALLOWED_TAG =
  /^<(?:\/?(?:p|br|h1|h2|h3|strong|em|code|ul|ol|li|blockquote|a)|ol start="\d+"|a href="[^"<>]*" rel="noopener noreferrer nofollow")>$/;

/** Every tag in the output is one the renderer writes itself; nothing else can be markup. */
function expectOnlyRendererTags(html: string): void {
  const tags = html.match(/<[^>]*>/g) ?? [];
  expect(tags.filter((tag) => !ALLOWED_TAG.test(tag))).toEqual([]);
}

describe("renderMarkdownToSafeHtml", () => {
  it("renders the supported subset", () => {
    const markdown = [
      "# Monday",
      "## Plans",
      "### Notes",
      "First line with **bold**, *italic* and `code`",
      "second line",
      "",
      "- milk",
      "- [shop](https://example.com/?a=1&b=2)",
      "",
      "1. wake",
      "2. run",
      "",
      "> quoted",
      "> on two lines",
      ">",
      "> second paragraph",
      "#### not a heading",
    ].join("\n");
    expect(renderMarkdownToSafeHtml(markdown)).toBe(
      [
        "<h1>Monday</h1>",
        "<h2>Plans</h2>",
        "<h3>Notes</h3>",
        "<p>First line with <strong>bold</strong>, <em>italic</em> and <code>code</code><br>",
        "second line</p>",
        `<ul><li>milk</li><li><a href="https://example.com/?a=1&amp;b=2" ${REL}>shop</a></li></ul>`,
        "<ol><li>wake</li><li>run</li></ol>",
        "<blockquote><p>quoted<br>\non two lines</p><p>second paragraph</p></blockquote>",
        "<p>#### not a heading</p>",
      ].join("\n"),
    );
  });

  it("renders _italic_ like *italic*, leaving snake_case and code alone", () => {
    expect(renderMarkdownToSafeHtml("A _quiet_ day, _very quiet_.")).toBe(
      "<p>A <em>quiet</em> day, <em>very quiet</em>.</p>",
    );
    expect(renderMarkdownToSafeHtml("snake_case_name and __init__ and `_x_` and _ lone _")).toBe(
      "<p>snake_case_name and __init__ and <code>_x_</code> and _ lone _</p>",
    );
    expect(renderMarkdownToSafeHtml("see [_the_ notes](https://example.com/a_b_c)")).toBe(
      `<p>see <a href="https://example.com/a_b_c" ${REL}><em>the</em> notes</a></p>`,
    );
  });

  it("keeps the first number of a numbered list and handles Windows line ends", () => {
    expect(renderMarkdownToSafeHtml("3. c\r\n4. d")).toBe(
      '<ol start="3"><li>c</li><li>d</li></ol>',
    );
  });

  it("leaves stray asterisks and code contents alone", () => {
    expect(renderMarkdownToSafeHtml("2 * 3 * 4 and **open")).toBe("<p>2 * 3 * 4 and **open</p>");
    expect(renderMarkdownToSafeHtml("`**not bold**`")).toBe("<p><code>**not bold**</code></p>");
  });

  it("formats link text and allows mailto links", () => {
    expect(renderMarkdownToSafeHtml("[**me** `x`](mailto:me@example.com)")).toBe(
      `<p><a href="mailto:me@example.com" ${REL}><strong>me</strong> <code>x</code></a></p>`,
    );
  });

  it("returns nothing for empty or blank text", () => {
    expect(renderMarkdownToSafeHtml("")).toBe("");
    expect(renderMarkdownToSafeHtml(" \n\n ")).toBe("");
  });
});

describe("renderMarkdownToSafeHtml with injection attempts", () => {
  it.each([
    ["<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
    ["<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"],
    ["# <svg onload=alert(1)>", "<h1>&lt;svg onload=alert(1)&gt;</h1>"],
    ["- <iframe src='x'>", "<ul><li>&lt;iframe src=&#39;x&#39;&gt;</li></ul>"],
    ["`<b>`", "<p><code>&lt;b&gt;</code></p>"],
    ["&lt;script&gt;", "<p>&amp;lt;script&amp;gt;</p>"],
  ])("escapes HTML: %s", (markdown, html) => {
    expect(renderMarkdownToSafeHtml(markdown)).toBe(html);
  });

  it.each([
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert`1`)",
    "[click](vbscript:msgbox)",
    "[click](data:text/html,<script>alert(1)</script>)",
    "[click](&#106;avascript:alert(1))",
    "[click](//evil.example/x)",
    "[click](https:alert(1))",
    "[click](mailto:javascript:alert)",
  ])("does not link an unsafe URL: %s", (markdown) => {
    const html = renderMarkdownToSafeHtml(markdown);
    expect(html).not.toContain("<a");
    expect(html).toContain("[click](");
    expectOnlyRendererTags(html);
  });

  it("keeps quotes inside href so they cannot break out of the attribute", () => {
    const html = renderMarkdownToSafeHtml('[x](https://a.example/"onmouseover="alert(1)//)');
    expectOnlyRendererTags(html);
    expect(html).not.toMatch(/"\s*onmouseover/);

    const linked = renderMarkdownToSafeHtml("[x](https://a.example/'><script>alert)");
    expect(linked).toBe(
      `<p><a href="https://a.example/&#39;&gt;&lt;script&gt;alert" ${REL}>x</a></p>`,
    );
  });

  it("cannot be tricked by placeholder characters in the input", () => {
    expect(renderMarkdownToSafeHtml("`a` \u00000\u0000 <b>")).toBe(
      "<p><code>a</code> 0 &lt;b&gt;</p>",
    );
  });

  it("emits only its own tags for a mixed hostile document", () => {
    const hostile = [
      '# **<a href="javascript:x">**',
      "> <style>*{}</style> *<em onclick=x>*",
      "- [ok](https://ok.example) [bad](javascript:x) `</code><script>`",
      '1. "><img src=x onerror=alert(1)>',
    ].join("\n");
    expectOnlyRendererTags(renderMarkdownToSafeHtml(hostile));
  });
});
