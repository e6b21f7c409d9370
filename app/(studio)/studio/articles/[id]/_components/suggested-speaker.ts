import type { SpeakerSummary } from "@/db/queries/speakers";
import type { ActionFailure } from "@/lib/action-messages";
import type { SuggestedSpeaker } from "@/lib/suggestions/types";

type CreateSpeaker = (input: {
  name: string;
  type: string;
  description: string;
}) => Promise<{ ok: true; data: SpeakerSummary } | ActionFailure>;
type SearchSpeakers = (name: string) => Promise<SpeakerSummary[]>;

/** Why the speaker of an accepted suggestion could not be set, in words a person can act on. */
export class SpeakerNotSet extends Error {}

/** The studio's speaker search (the "Attributed to" picker's), as a list; empty when it fails. */
export async function searchSpeakersByName(name: string): Promise<SpeakerSummary[]> {
  try {
    const response = await fetch(`/api/studio/speakers?q=${encodeURIComponent(name)}`, {
      headers: { Accept: "application/json" },
    });
    const body = (await response.json()) as { results?: SpeakerSummary[] };
    return response.ok ? (body.results ?? []) : [];
  } catch {
    return [];
  }
}

/**
 * Turns a suggested speaker into the speaker an annotation is attributed to: the existing one
 * it was matched to, or a new one of the suggested type, created once per name and type for
 * the page's lifetime so that "Accept all" does not make one speaker per quote.
 */
export function speakerResolver(ports: { create: CreateSpeaker; search: SearchSpeakers }) {
  const created = new Map<string, Promise<SpeakerSummary>>();

  async function createOnce(speaker: SuggestedSpeaker): Promise<SpeakerSummary> {
    const result = await ports
      .create({ name: speaker.name, type: speaker.type, description: "" })
      .catch(() => null);
    if (result?.ok) return result.data;
    // A refused field says more than the form-level "Some fields need attention."
    const why = result
      ? (Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error)
      : "The server can't be reached.";
    throw new SpeakerNotSet(
      `The new speaker “${speaker.name}” could not be created. ${why} Choose the speaker in the Annotation panel.`,
    );
  }

  return async function resolve(speaker: SuggestedSpeaker): Promise<SpeakerSummary> {
    if (speaker.speakerId) {
      const found = (await ports.search(speaker.name)).find((s) => s.id === speaker.speakerId);
      // The id is what is saved; the rest only shows it, so the suggestion's own words will do.
      return (
        found ?? {
          id: speaker.speakerId,
          slug: "",
          name: speaker.name,
          type: speaker.type,
          description: "",
        }
      );
    }
    const key = `${speaker.type}\u0000${speaker.name.trim().toLowerCase()}`;
    let pending = created.get(key);
    if (!pending) {
      pending = createOnce(speaker);
      created.set(key, pending);
      // A failure is not remembered: the next acceptance tries again.
      pending.catch(() => created.delete(key));
    }
    return pending;
  };
}
