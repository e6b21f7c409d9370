import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-5 py-24">
      <h1 className="font-serif text-3xl font-semibold">Page not found</h1>
      <p className="mt-4 text-muted">
        This page does not exist, or it has not been published.{" "}
        <Link href="/" className="underline">
          See the published articles
        </Link>
        .
      </p>
    </main>
  );
}
