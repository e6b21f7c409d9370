import type { AnyExtension } from "@tiptap/core";
import { Link } from "@tiptap/extension-link";
import StarterKit from "@tiptap/starter-kit";
import { isHttpUrl } from "@/lib/text/urls";
import { AnnotationMark, type AnnotationMarkOptions } from "./annotation-mark";

/** The rel every link in an article carries, in the editor and on the reader page alike. */
export const LINK_REL = "noopener noreferrer nofollow";

/**
 * A link is its address and nothing else: target, rel, class and title from stored or pasted
 * documents are dropped when parsing, and every link is rendered with the same safe rel.
 */
const AddressOnlyLink = Link.extend({
  addAttributes() {
    return { href: { default: null, parseHTML: (element) => element.getAttribute("href") } };
  },
});

/**
 * The ONE schema: the browser editor, server-side validation and the server renderer all build
 * it from this list, so they can never disagree about a document. Behaviour only an editing
 * person needs (shortcuts, typing, paste, decorations) goes in createBrowserExtensions() instead.
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
      link: false,
    }),
    AddressOnlyLink.configure({
      openOnClick: false,
      autolink: true,
      protocols: ["http", "https"],
      defaultProtocol: "https",
      isAllowedUri: (url) => isHttpUrl(url),
      HTMLAttributes: { rel: LINK_REL, target: null },
    }),
    AnnotationMark.configure(options),
  ];
}
