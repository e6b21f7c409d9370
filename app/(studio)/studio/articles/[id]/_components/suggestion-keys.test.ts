import { describe, expect, it } from "vitest";
import { suggestionKeyAction } from "./suggestion-keys";

const press = (
  key: string,
  modifiers: Partial<Record<"altKey" | "ctrlKey" | "metaKey", boolean>> = {},
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe("keys in the Suggestions list", () => {
  it("move with the arrows or J and K, in either case, and jump with Home and End", () => {
    expect(suggestionKeyAction(press("ArrowDown"), true)).toBe("next");
    expect(suggestionKeyAction(press("J"), false)).toBe("next");
    expect(suggestionKeyAction(press("ArrowUp"), false)).toBe("previous");
    expect(suggestionKeyAction(press("k"), true)).toBe("previous");
    expect(suggestionKeyAction(press("Home"), true)).toBe("first");
    expect(suggestionKeyAction(press("End"), true)).toBe("last");
  });

  it("decide on the item itself only: A or Enter accepts, R or Delete rejects", () => {
    expect(suggestionKeyAction(press("a"), true)).toBe("accept");
    expect(suggestionKeyAction(press("Enter"), true)).toBe("accept");
    expect(suggestionKeyAction(press("R"), true)).toBe("reject");
    expect(suggestionKeyAction(press("Delete"), true)).toBe("reject");
    // On its Accept or Reject button, Enter is that button's.
    expect(suggestionKeyAction(press("Enter"), false)).toBeNull();
    expect(suggestionKeyAction(press("r"), false)).toBeNull();
  });

  it("leave other keys and every key with Ctrl, Alt or Meta alone", () => {
    expect(suggestionKeyAction(press("x"), true)).toBeNull();
    expect(suggestionKeyAction(press("Tab"), true)).toBeNull();
    expect(suggestionKeyAction(press("a", { ctrlKey: true }), true)).toBeNull();
    expect(suggestionKeyAction(press("ArrowDown", { altKey: true }), true)).toBeNull();
    expect(suggestionKeyAction(press("r", { metaKey: true }), true)).toBeNull();
  });
});
