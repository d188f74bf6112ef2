/** The id every page's <main> carries, so the skip link has one target. */
export const MAIN_ID = "main";

/** "Skip to content": the first Tab stop of every page, shown only while it has focus. */
export function SkipLink() {
  return (
    <a href={`#${MAIN_ID}`} className="skip-link">
      Skip to content
    </a>
  );
}
