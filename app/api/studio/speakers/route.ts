import { getDb } from "@/db/client";
import { searchSpeakers } from "@/db/queries/speakers";
import { PERMISSIONS } from "@/lib/auth/roles";
import { answerSearch } from "@/lib/search-route";

/** The "Attributed to" picker's search (`?q=`), for people who edit drafts. */
export function GET(request: Request) {
  return answerSearch(request, PERMISSIONS.editDrafts, (query) => searchSpeakers(getDb(), query));
}
