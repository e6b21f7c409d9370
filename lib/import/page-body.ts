import type { IncomingMessage } from "node:http";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { ImportRefusedError } from "./import-refused";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

export interface PageContentType {
  /** The media type without parameters, lower case, e.g. "text/html". */
  mediaType: string;
  /** The charset the header names, if any. */
  charset: string | null;
}

export function parseContentType(header: string | undefined): PageContentType {
  const [type = "", ...parameters] = (header ?? "").split(";");
  const charsetParameter = parameters
    .map((parameter) => parameter.trim().match(/^charset\s*=\s*"?([^";\s]+)"?$/i))
    .find((match) => match !== null);
  return { mediaType: type.trim().toLowerCase(), charset: charsetParameter?.[1] ?? null };
}

/** Refuses anything that is not a web page before a byte of it is read. */
export function requireHtml(contentType: PageContentType): void {
  if (HTML_TYPES.has(contentType.mediaType)) return;
  const sent = contentType.mediaType
    ? `a ${contentType.mediaType} file`
    : "a file of no stated type";
  throw new ImportRefusedError(
    "content_type",
    `That address gives ${sent}, not a web page. Claimmark imports articles from web pages (HTML) only.`,
  );
}

function sizeInWords(bytes: number): string {
  if (bytes >= 1_000_000) return `${Math.round(bytes / 100_000) / 10} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${bytes} bytes`;
}

export function tooLarge(maxBytes: number): ImportRefusedError {
  return new ImportRefusedError(
    "too_large",
    `That page is larger than ${sizeInWords(maxBytes)}, more than any article needs. Claimmark stopped reading it.`,
  );
}

/** pipeline(), not pipe(): an error or timeout on the response must end the unpacking too. */
function unpack(
  response: IncomingMessage,
  unpacker: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress,
) {
  return pipeline(response, unpacker, () => {});
}

function decompressed(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  switch (encoding) {
    case "identity":
    case "":
      return response;
    case "gzip":
    case "x-gzip":
      return unpack(response, zlib.createGunzip());
    case "deflate":
      return unpack(response, zlib.createInflate());
    case "br":
      return unpack(response, zlib.createBrotliDecompress());
    default:
      throw new ImportRefusedError(
        "content_type",
        `The site sent the page compressed as "${encoding}", which Claimmark cannot read.`,
      );
  }
}

/**
 * The decoded (decompressed) body, refused as soon as it grows past maxBytes, so a huge page
 * or a compression bomb costs at most maxBytes of memory.
 */
export async function readLimitedBody(
  response: IncomingMessage,
  maxBytes: number,
): Promise<Buffer> {
  const stream = decompressed(response);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof ImportRefusedError) throw error;
    // A stream destroyed with our own refusal (a timeout) surfaces that refusal.
    if (stream.errored instanceof ImportRefusedError) throw stream.errored;
    if (response.errored instanceof ImportRefusedError) throw response.errored;
    throw new ImportRefusedError(
      "network",
      "The site's answer broke off or could not be unpacked. Try again later.",
    );
  } finally {
    if (stream !== response) stream.destroy();
  }
  return Buffer.concat(chunks);
}

function decoderFor(label: string | null): TextDecoder {
  try {
    return new TextDecoder(label ?? "utf-8");
  } catch {
    // An unknown charset name: UTF-8 is what most of the web is.
    return new TextDecoder("utf-8");
  }
}

/** The charset a page declares in its own <meta> tags, for servers that do not say. */
function declaredCharset(body: Buffer): string | null {
  const head = body.subarray(0, 2048).toString("latin1");
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1] ?? null;
}

/** The page's text, decoded with the header's charset, else the page's own, else UTF-8. */
export function decodeBody(body: Buffer, headerCharset: string | null): string {
  return decoderFor(headerCharset ?? declaredCharset(body)).decode(body);
}
