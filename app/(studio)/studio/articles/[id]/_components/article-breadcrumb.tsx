import Link from "next/link";

/** "Articles / <the article> / <this page>": the trail of a page about one article. */
export function ArticleBreadcrumb({
  id,
  title,
  here,
}: {
  id: string;
  title: string;
  /** This page's name, after the article's. */
  here: string;
}) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
      <Link href="/studio" className="hover:underline">
        Articles
      </Link>{" "}
      /{" "}
      <Link href={`/studio/articles/${id}`} className="hover:underline">
        {title.trim() || "Untitled"}
      </Link>{" "}
      / {here}
    </nav>
  );
}
