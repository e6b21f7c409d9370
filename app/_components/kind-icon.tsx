import type { AnnotationKind } from "@/lib/editor/kinds";

/** The shape that tells the kinds apart without colour: speech mark, warning triangle, check. */
export function KindIcon({
  kind,
  className = "size-4",
}: {
  kind: AnnotationKind;
  className?: string;
}) {
  const common = {
    className,
    viewBox: "0 0 16 16",
    "aria-hidden": true,
    focusable: false,
  } as const;
  switch (kind) {
    case "official_claim":
      return (
        <svg {...common} fill="var(--color-official)">
          <path d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3.2 2.7A.5.5 0 0 1 3 13.3V11h.5A1.5 1.5 0 0 1 2 9.5z" />
        </svg>
      );
    case "allegation":
      return (
        <svg {...common} fill="var(--color-allegation)">
          <path d="M7.13 1.5a1 1 0 0 1 1.74 0l6 10.5A1 1 0 0 1 14 13.5H2a1 1 0 0 1-.87-1.5zM7.25 6v3.5h1.5V6zm0 4.75v1.5h1.5v-1.5z" />
        </svg>
      );
    case "verified_fact":
      return (
        <svg {...common} fill="var(--color-fact)">
          <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1m3.2 4.2-4 4-1.9-1.9-1.1 1.1 3 3 5.1-5.1z" />
        </svg>
      );
  }
}
