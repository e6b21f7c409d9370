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
      "https://example.org/a?dclid=1&msclkid=2&mc_cid=3&mc_eid=4&igshid=5&yclid=6&twclid=7&_hsmi=8",
      "https://example.org/a",
    ],
    [
      "keeps a parameter that merely contains 'utm'",
      "https://example.org/a?outmost=1",
      "https://example.org/a?outmost=1",
    ],
    ["sorts query parameters", "https://example.org/a?b=2&a=1", "https://example.org/a?a=1&b=2"],
    ["upgrades http to https", "http://example.org/a", "https://example.org/a"],
    ["drops a leading www.", "https://www.example.org/a", "https://example.org/a"],
    ["keeps other subdomains", "https://news.example.org/a", "https://news.example.org/a"],
    ["removes a default port", "https://example.org:443/a", "https://example.org/a"],
    ["keeps a non-default port", "https://example.org:8080/a", "https://example.org:8080/a"],
    ["removes http's default port", "http://example.org:80/a", "https://example.org/a"],
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

  it("makes one address of the same page with http, without www. and with tracking", () => {
    const page = normalizeSourceUrl("https://www.example.org/news/bridge?id=7");
    for (const variant of [
      "http://example.org/news/bridge?id=7&utm_source=newsletter",
      "http://www.example.org/news/bridge/?utm_medium=email&id=7#comments",
      "https://example.org/news/bridge?fbclid=abc&id=7&mc_cid=1&mc_eid=2",
      "HTTP://WWW.Example.org:80/news/bridge?gclid=x&id=7&_hsenc=p2&mkt_tok=t",
    ]) {
      expect(normalizeSourceUrl(variant), variant).toBe(page);
    }
    expect(page).toBe("https://example.org/news/bridge?id=7");
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
