import { describe, expect, it } from "vitest";
import { editVerdictSchema, newVerdictSchema } from "./schemas";

/** Each refused field with its message. */
function problems(schema: typeof newVerdictSchema | typeof editVerdictSchema, input: object) {
  return schema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);
}

describe("verdict form rules", () => {
  it("takes a verdict as the form sends it: trimmed, empty rating none, Neither no end", () => {
    expect(
      newVerdictSchema.parse({
        label: "  Mostly true ",
        definition: " Accurate, needs context. ",
        rating: "",
        scaleEnd: "none",
      }),
    ).toEqual({
      label: "Mostly true",
      definition: "Accurate, needs context.",
      rating: null,
      scaleEnd: null,
    });
    expect(newVerdictSchema.parse({ label: "Zero", rating: "0", scaleEnd: "worst" })).toMatchObject(
      { rating: 0, scaleEnd: "worst" },
    );
  });

  it("says what to fix next to each field", () => {
    expect(problems(newVerdictSchema, { label: " " })).toEqual([
      ["label", "Enter the verdict's label."],
    ]);
    expect(problems(newVerdictSchema, { label: "x".repeat(61) })).toEqual([
      ["label", "Shorten the label to at most 60 characters."],
    ]);
    expect(problems(newVerdictSchema, { label: "X", definition: "y".repeat(201) })).toEqual([
      ["definition", "Shorten the definition to at most 200 characters."],
    ]);
    for (const definition of ["One\nTwo", "One\r\nTwo", "One\u2028Two"]) {
      expect(problems(newVerdictSchema, { label: "X", definition })).toEqual([
        ["definition", "Write the definition on one line."],
      ]);
    }
    for (const rating of ["101", "-1", "2.5", "1e2", "six"]) {
      expect(problems(newVerdictSchema, { label: "X", rating }), rating).toEqual([
        ["rating", "Enter a whole number from 0 to 100, or leave it empty."],
      ]);
    }
    expect(problems(newVerdictSchema, { label: "X", scaleEnd: "middle" })).toEqual([
      ["scaleEnd", "Choose Best end, Worst end or Neither."],
    ]);
    expect(problems(newVerdictSchema, { label: "X", rating: "", scaleEnd: "worst" })).toEqual([
      ["rating", "The worst end of the scale needs a rating: enter one, or choose Neither."],
    ]);
  });

  it("an edit names the verdict and the version its form was opened at", () => {
    expect(problems(editVerdictSchema, { label: "X", id: "nope", version: "yesterday" })).toEqual([
      ["id", "This verdict no longer exists. Reload the page."],
      ["version", "Reload the page before changing this verdict."],
    ]);
  });
});
