import { normalizeSourceUrl } from "./normalize";

export interface SourceAddress {
  id: string;
  url: string;
  title: string;
}

/**
 * Sources whose stored addresses name the same page under today's normalization: each
 * source's id maps to the other sources of its group. Sources saved under an older
 * normalization (http, `www.`, a tracking parameter since added to the list) keep the address
 * they were saved with; rather than rewrite stored addresses behind the newsroom's back, the
 * desk flags them here so an editor merges them (and the merge keeps the old address as an
 * alias). Done in code because the normalization is normalize-url's, not SQL's.
 */
export function likelyDuplicates(sources: readonly SourceAddress[]): Map<string, SourceAddress[]> {
  const groups = new Map<string, SourceAddress[]>();
  for (const source of sources) {
    let key: string;
    try {
      key = normalizeSourceUrl(source.url);
    } catch {
      continue;
    }
    groups.set(key, [...(groups.get(key) ?? []), source]);
  }
  const duplicates = new Map<string, SourceAddress[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const source of group) {
      duplicates.set(
        source.id,
        group.filter((other) => other.id !== source.id),
      );
    }
  }
  return duplicates;
}
