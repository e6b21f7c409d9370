import { describe, expect, it, vi } from "vitest";
import type { SpeakerSummary } from "@/db/queries/speakers";
import type { SuggestedSpeaker } from "@/lib/suggestions/types";
import { SpeakerNotSet, speakerResolver } from "./suggested-speaker";

const suggested = (name: string, speakerId: string | null = null): SuggestedSpeaker => ({
  name,
  type: "organization",
  mention: null,
  speakerId,
});
const summary = (id: string, name: string): SpeakerSummary => ({
  id,
  slug: name.toLowerCase().replace(/ /g, "-"),
  name,
  type: "organization",
  description: "",
});

describe("speakerResolver", () => {
  it("creates a new speaker of the suggested type once per name, however many accept at once", async () => {
    let n = 0;
    const create = vi.fn(async (input: { name: string }) => ({
      ok: true as const,
      data: summary(`id-${++n}`, input.name),
    }));
    const resolve = speakerResolver({ create, search: async () => [] });
    const [a, b, c] = await Promise.all([
      resolve(suggested("Port Authority")),
      resolve(suggested("port authority ")),
      resolve(suggested("City Council")),
    ]);
    expect(a.id).toBe(b.id);
    expect(c.id).not.toBe(a.id);
    expect(create).toHaveBeenCalledTimes(2);
    expect(create).toHaveBeenCalledWith({
      name: "Port Authority",
      type: "organization",
      description: "",
    });
  });

  it("uses the matched speaker as the search knows it, without creating one", async () => {
    const create = vi.fn();
    const search = vi.fn(async () => [
      summary("other", "Port"),
      summary("known", "Port Authority"),
    ]);
    const resolve = speakerResolver({ create, search });
    expect(await resolve(suggested("Port Authority", "known"))).toEqual(
      summary("known", "Port Authority"),
    );
    // When the search cannot tell, the id the suggester matched is still the one saved.
    search.mockResolvedValueOnce([]);
    expect(await resolve(suggested("Port Authority", "known"))).toMatchObject({
      id: "known",
      name: "Port Authority",
    });
    expect(create).not.toHaveBeenCalled();
  });

  it("says why a speaker could not be created, and tries again next time", async () => {
    const create = vi
      .fn()
      .mockResolvedValueOnce({
        ok: false,
        code: "invalid_input",
        error: "Some fields need attention.",
        fieldErrors: { name: ["Shorten the name to at most 200 characters."] },
      })
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValueOnce({ ok: true, data: summary("made", "Port Authority") });
    const resolve = speakerResolver({ create, search: async () => [] });
    const first = resolve(suggested("Port Authority"));
    await expect(first).rejects.toBeInstanceOf(SpeakerNotSet);
    await expect(first).rejects.toThrow(/Shorten the name to at most 200 characters/);
    await expect(resolve(suggested("Port Authority"))).rejects.toThrow(/can't be reached/);
    expect((await resolve(suggested("Port Authority"))).id).toBe("made");
  });
});
