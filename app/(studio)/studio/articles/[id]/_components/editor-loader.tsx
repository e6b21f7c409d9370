"use client";

import dynamic from "next/dynamic";

// The editor lives only in the browser: it reads local storage for unsaved text on open.
export const EditorLoader = dynamic(() => import("./article-editor").then((m) => m.ArticleEditor), {
  ssr: false,
  loading: () => <p className="text-muted">Opening the editor…</p>,
});
