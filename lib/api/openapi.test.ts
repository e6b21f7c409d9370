import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { openApiExpectations } from "@/test/api";
import { openApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document with no external references", async () => {
    const document = openApiDocument();
    // validate() dereferences in place: give it a copy.
    const parsed = await SwaggerParser.validate(structuredClone(document) as never, {
      resolve: { external: false, file: false, http: false },
    });
    expect(parsed).toMatchObject({ openapi: "3.1.0" });
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(ref).toMatch(/^"\$ref":"#\//);
  });

  it("describes every endpoint, its paging and its errors", () => {
    const document = openApiDocument();
    expect(Object.keys(document.paths).sort()).toEqual([
      "/articles",
      "/articles/{slug}",
      "/claims",
      "/openapi.json",
      "/speakers",
    ]);
    const claims = JSON.stringify(document.paths["/claims"]);
    for (const name of ["Limit", "Cursor", "speaker", "verdict", "kind", '"q"']) {
      expect(claims).toContain(name);
    }
    expect(document.components.parameters.Cursor.description).toContain("next_cursor");
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(["ArticleList", "Article", "ClaimList", "SpeakerList", "Error"]),
    );
  });

  it("checks bodies strictly: a missing field or an e-mail-shaped extra fails", () => {
    const { expectValid } = openApiExpectations();
    expectValid("/api/v1/articles", 400, {
      error: { code: "invalid_parameter", message: "limit must be…" },
    });
    expect(() => expectValid("/api/v1/articles", 200, { data: [] })).toThrow();
    expect(() =>
      expectValid("/api/v1/speakers", 200, {
        data: [],
        next_cursor: null,
        email: "someone@example.org",
      }),
    ).toThrow();
  });
});
