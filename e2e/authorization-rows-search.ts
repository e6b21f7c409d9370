import { expect } from "@playwright/test";
import { demoArticles } from "../lib/demo/content";
import type { Who } from "./authorization-rows";

// The searches in the authorization matrix. The public /search route handler answers everyone
// alike from published revisions only; the studio's /studio/search page (listed under the same
// key, the matrix's one row per route) sends anyone signed out to sign in and lets every role
// search, drafts included.

type RouteCheck = { path: string; check: (status: number, body: string, who: Who) => void };

const [publishedDemo, draftDemo] = demoArticles;
/** In a published quote ("Marrow received payments …") and a draft's ("she received payments …"). */
const BOTH = encodeURIComponent("received payments");

function publicSearch(path: string, shows: string): RouteCheck {
  let first: string | undefined;
  return {
    path,
    check: (status, body, who) => {
      expect(status, path).toBe(200);
      expect(body).toContain(shows);
      expect(body).not.toContain(draftDemo!.title);
      expect(body).not.toContain("@e2e.test");
      first ??= body;
      expect(body, `${path} as ${who}`).toBe(first);
    },
  };
}

function studioSearchPage(path: string): RouteCheck {
  return {
    path,
    check: (status, body, who) => {
      expect(status, path).toBe(200);
      if (who === "anonymous") {
        // Sent to sign in (the request follows the redirect), finding nothing on the way.
        expect(body).toContain("Sign in");
        expect(body).not.toContain(draftDemo!.title);
        return;
      }
      expect(body).toContain(publishedDemo!.title);
      expect(body).toContain(draftDemo!.title);
    },
  };
}

export const SEARCH_ROUTES: Record<string, RouteCheck[]> = {
  "/(reader)/search": [
    publicSearch(`/search?q=${BOTH}`, publishedDemo!.title),
    publicSearch(`/search?q=${BOTH}&kind=rumour&speaker=nobody&page=abc`, "Unknown kind"),
    publicSearch(`/search?q=${"x".repeat(500)}`, "Only the first 200 characters"),
    studioSearchPage(`/studio/search?q=${BOTH}`),
  ],
};
