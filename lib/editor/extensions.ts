import type { AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { AnnotationMark, type AnnotationMarkOptions } from "./annotation-mark";
import { TypedText } from "./typed-text";

const ALLOWED_LINK_PROTOCOLS = new Set(["http:", "https:"]);

export function isHttpUrl(value: string): boolean {
  try {
    return ALLOWED_LINK_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * The ONE list of extensions: the browser editor, server-side validation and the server
 * renderer all build their schema from it, so they can never disagree about a document.
 */
export function createExtensions(options: Partial<AnnotationMarkOptions> = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      heading: { levels: [2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ["http", "https"],
        defaultProtocol: "https",
        isAllowedUri: (url) => isHttpUrl(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    AnnotationMark.configure(options),
    TypedText,
  ];
}
