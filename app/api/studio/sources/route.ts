import { getDb } from "@/db/client";
import { searchSources } from "@/db/queries/sources";
import { PERMISSIONS } from "@/lib/auth/roles";
import { answerSearch } from "@/lib/search-route";

/** Existing sources suggested while a new one is typed (`?q=`), for people who edit drafts. */
export function GET(request: Request) {
  return answerSearch(request, PERMISSIONS.editDrafts, (query) => searchSources(getDb(), query));
}
