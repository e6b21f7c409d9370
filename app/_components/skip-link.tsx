/** The first stop for keyboard users: straight past the header to the page's content. */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:bg-paper focus:px-3 focus:py-2"
    >
      Skip to content
    </a>
  );
}
