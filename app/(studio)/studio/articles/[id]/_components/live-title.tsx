"use client";

import { createContext, type ReactNode, useContext, useState } from "react";

// Two contexts: the title field only sets, so typing re-renders the breadcrumb alone.
const TitleContext = createContext<string | null>(null);
const SetTitleContext = createContext<(title: string) => void>(() => {});

/** The headline as it is being typed, shared by the title field and the page's breadcrumb. */
export function LiveTitleProvider({ initial, children }: { initial: string; children: ReactNode }) {
  const [title, setTitle] = useState(initial);
  return (
    <SetTitleContext.Provider value={setTitle}>
      <TitleContext.Provider value={title}>{children}</TitleContext.Provider>
    </SetTitleContext.Provider>
  );
}

/** The headline being typed, or "Untitled" while it is blank. */
export function LiveTitle() {
  return <>{useContext(TitleContext)?.trim() || "Untitled"}</>;
}

export function useSetLiveTitle(): (title: string) => void {
  return useContext(SetTitleContext);
}
