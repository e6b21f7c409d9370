import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-5 py-24">
      <h1 className="font-serif text-3xl font-semibold">You do not have access to this page</h1>
      <p className="mt-4 text-muted">
        Your role does not include it. If you need it for your work, ask an admin.{" "}
        <Link href="/studio" className="underline">
          Back to the studio
        </Link>
        .
      </p>
    </main>
  );
}
