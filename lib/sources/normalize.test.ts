import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { INVALID_URL_MESSAGE, isAbsoluteHttpUrl, normalizeSourceUrl } from "./normalize";

describe("normalizeSourceUrl", () => {
  it.each([
    [
      "lower-cases the host, keeps the path's case",
      "https://Example.ORG/News/Story",
      "https://example.org/News/Story",
    ],
    ["trims surrounding whitespace", "  https://example.org/a  ", "https://example.org/a"],
    ["drops the fragment", "https://example.org/a#section-2", "https://example.org/a"],
    [
      "drops utm_ parameters in any case",
      "https://example.org/a?UTM_Source=x&utm_medium=y",
      "https://example.org/a",
    ],
    [
      "drops click ids but keeps meaningful parameters, sorted",
      "https://example.org/search?q=bridge&fbclid=1&gclid=2&page=2&_ga=3&ref_src=twsrc",
      "https://example.org/search?page=2&q=bridge",
    ],
    [
      "drops the other tracking ids",
      "https://example.org/a?dclid=1&msclkid=2&mc_cid=3&mc_eid=4&igshid=5",
      "https://example.org/a",
    ],
    [
      "keeps a parameter that merely contains 'utm'",
      "https://example.org/a?outmost=1",
      "https://example.org/a?outmost=1",
    ],
    ["sorts query parameters", "https://example.org/a?b=2&a=1", "https://example.org/a?a=1&b=2"],
    ["keeps http as given", "http://example.org/a", "http://example.org/a"],
    ["keeps www as given", "https://www.example.org/a", "https://www.example.org/a"],
    ["removes a default port", "https://example.org:443/a", "https://example.org/a"],
    ["keeps a non-default port", "http://example.org:8080/a", "http://example.org:8080/a"],
    ["removes a trailing slash", "https://example.org/news/", "https://example.org/news"],
    ["removes the lone root slash", "https://example.org/", "https://example.org"],
    [
      "writes an IDN host in punycode",
      "https://Bücher.example/katalog",
      "https://xn--bcher-kva.example/katalog",
    ],
    ["drops credentials", "https://user:secret@example.org/a", "https://example.org/a"],
    ["accepts an upper-case scheme", "HTTPS://example.org/a", "https://example.org/a"],
  ])("%s", (_label, input, expected) => {
    expect(normalizeSourceUrl(input)).toBe(expected);
  });

  it("gives the same address for two links to one document", () => {
    expect(normalizeSourceUrl("https://EXAMPLE.org/a/?utm_source=tw&id=7#top")).toBe(
      normalizeSourceUrl("https://example.org/a?id=7"),
    );
  });

  it.each([
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["ftp:", "ftp://example.org/file"],
    ["mailto:", "mailto:desk@example.org"],
    ["a relative path", "/news/story"],
    ["a protocol-relative address", "//example.org/a"],
    ["a bare host", "example.org/a"],
    ["a scheme without slashes", "http:example.org"],
    ["a scheme without a host", "https://"],
    ["garbage", "not a url at all"],
    ["an empty string", "   "],
    ["a host with a space", "https://exa mple.org/"],
  ])("rejects %s", (_label, input) => {
    expect(isAbsoluteHttpUrl(input)).toBe(false);
    let error: unknown;
    try {
      normalizeSourceUrl(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid_input");
    expect((error as AppError).message).toBe(INVALID_URL_MESSAGE);
  });
});
