import { markedPieces } from "@/lib/search/marked-text";

/** A search headline as text, its matched words in <mark>; never HTML from the database. */
export function MarkedText({ headline }: { headline: string }) {
  return markedPieces(headline).map((piece, i) =>
    piece.marked ? (
      <mark key={i} className="search-mark">
        {piece.text}
      </mark>
    ) : (
      piece.text
    ),
  );
}
