// One small test per speaker-resolution rule, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { suggestAttributions, type KnownSpeaker } from ".";

function speakerOf(text: string, quote: string, speakers: KnownSpeaker[] = []) {
  const s = suggestAttributions(text, { speakers }).find((x) => x.quote === quote);
  if (!s) throw new Error(`No suggestion "${quote}"`);
  return s.speaker;
}

describe("speaker resolution", () => {
  it("prefers the name in an apposition and drops the outlet after 'of'", () => {
    const text = "Its chair, Jane Roe, told reporters the club would appeal.";
    expect(speakerOf(text, "the club would appeal")?.name).toBe("Jane Roe");
    const outlet = "Jane Roe of the Daily Post reported that the club would appeal.";
    expect(speakerOf(outlet, "the club would appeal")?.name).toBe("Jane Roe");
  });

  it("resolves a pronoun to the person just named", () => {
    const text = "Jane Roe chairs the harbour board. She said ferries would run late.";
    const speaker = speakerOf(text, "ferries would run late");
    expect(speaker).toMatchObject({ name: "Jane Roe", type: "person" });
    expect(speaker?.mention?.text).toBe("She");
  });

  it("keeps 'she' off a man the article has marked as one", () => {
    const text =
      "Jane Roe chairs the board. Mr Bob Lee, its treasurer, spoke next. She said fares would rise.";
    expect(speakerOf(text, "fares would rise")?.name).toBe("Jane Roe");
    const byPronoun =
      "Jane Roe chairs the board. Bob Lee said his team was ready. She said fares would rise.";
    expect(speakerOf(byPronoun, "fares would rise")?.name).toBe("Jane Roe");
  });

  it("resolves 'it' to the body that is speaking", () => {
    const text =
      "The Harbour Authority said ferries would run late, and it has also said that fares would rise.";
    expect(speakerOf(text, "fares would rise")?.name).toBe("Harbour Authority");
  });

  it("resolves a surname to the full name first introduced", () => {
    const text = "Jane Roe chairs the board. Prices will rise, Roe said.";
    expect(speakerOf(text, "Prices will rise")?.name).toBe("Jane Roe");
  });

  it("drops titles, also from a later 'Ms' form", () => {
    expect(
      speakerOf("Harbour Master Jane Roe said ferries were late.", "ferries were late")?.name,
    ).toBe("Jane Roe");
    const text = "Jane Roe chairs the board. Ms Roe said fares would rise.";
    expect(speakerOf(text, "fares would rise")?.name).toBe("Jane Roe");
  });

  it("resolves an abbreviation, bracketed or from the initials", () => {
    const bracketed = "The Coastal Safety Bureau (CSB) met. The CSB said ferries were safe.";
    expect(speakerOf(bracketed, "ferries were safe")?.name).toBe("Coastal Safety Bureau");
    const initials = "The Coastal Safety Bureau met. The CSB said ferries were safe.";
    expect(speakerOf(initials, "ferries were safe")?.name).toBe("Coastal Safety Bureau");
  });

  it("resolves a description to the body it describes", () => {
    const text =
      "The ferry operator Blue Wave Lines cut routes. The operator said fuel was too dear.";
    expect(speakerOf(text, "fuel was too dear")?.name).toBe("Blue Wave Lines");
    const ministry = "The Ministry of Transport met. The ministry said fares would rise.";
    expect(speakerOf(ministry, "fares would rise")?.name).toBe("Ministry of Transport");
  });

  it("gives a description that says which body its own name, not the body just named", () => {
    const text =
      "The dockers' union said it would strike. According to the harbour ministry, talks failed.";
    expect(speakerOf(text, "talks failed")?.name).toBe("harbour ministry");
  });

  it("keeps a description with no name in it whole, the thing it is about included", () => {
    const text =
      "The club will sell its ground, according to three people familiar with the talks.";
    expect(speakerOf(text, "The club will sell its ground")?.name).toMatch(
      /people familiar with the talks$/,
    );
  });

  it("leaves a relative pronoun out of the speaker ('which police denied')", () => {
    const text = "Witnesses said guards fired first, which police denied.";
    expect(speakerOf(text, "which police denied")?.name).toBe("police");
  });

  it("resolves a role description to the person just named", () => {
    const text = "Jane Roe runs the port. The director said fares would rise.";
    expect(speakerOf(text, "fares would rise")?.name).toBe("Jane Roe");
  });

  it("resolves a possessive description through its owner", () => {
    const text = "Jane Roe was abroad. Her office said she would return on Friday.";
    expect(speakerOf(text, "she would return on Friday")?.name).toBe("Jane Roe's office");
  });

  it("resolves 'they' to a group or a body, never to one named person", () => {
    const text =
      "Local fishermen told Jane Roe the catch was falling. They said prices would rise.";
    expect(speakerOf(text, "prices would rise")?.name).toBe("Local fishermen");
  });

  it("keeps an unnamed group as it is described", () => {
    expect(
      speakerOf("Local fishermen say the catch is falling.", "the catch is falling"),
    ).toMatchObject({
      name: "Local fishermen",
      speakerId: null,
    });
  });

  it("matches the one existing speaker whose name holds the article's, and no guess among two", () => {
    const one: KnownSpeaker[] = [{ id: "s-1", name: "Jane Roe", type: "person", aliases: [] }];
    expect(speakerOf("Roe said fares would rise.", "fares would rise", one)).toMatchObject({
      speakerId: "s-1",
      name: "Jane Roe",
    });
    const two: KnownSpeaker[] = [
      ...one,
      { id: "s-2", name: "Tom Roe", type: "person", aliases: [] },
    ];
    expect(speakerOf("Roe said fares would rise.", "fares would rise", two)?.speakerId).toBeNull();
    expect(
      speakerOf("Officials said fares would rise.", "fares would rise", one)?.speakerId,
    ).toBeNull();
  });

  it("never takes a full name for another one that shares an alias", () => {
    const known: KnownSpeaker[] = [
      { id: "s-1", name: "Hana Okafor", type: "person", aliases: ["Okafor", "Minister Okafor"] },
    ];
    const other = "Fire chief Dana Okafor said the blaze began in a shed.";
    expect(speakerOf(other, "the blaze began in a shed", known)).toMatchObject({
      name: "Dana Okafor",
      speakerId: null,
    });
    const same = "Okafor said the blaze began in a shed.";
    expect(speakerOf(same, "the blaze began in a shed", known)?.speakerId).toBe("s-1");
  });

  it("matches an existing speaker by name or alias", () => {
    const known: KnownSpeaker[] = [
      { id: "s-1", name: "Jane Roe", type: "person", aliases: [] },
      { id: "s-2", name: "Coastal Safety Bureau", type: "organization", aliases: ["Coast Bureau"] },
    ];
    expect(speakerOf("Jane Roe said fares would rise.", "fares would rise", known)?.speakerId).toBe(
      "s-1",
    );
    const alias = "The Coast Bureau said ferries were safe.";
    expect(speakerOf(alias, "ferries were safe", known)).toMatchObject({
      speakerId: "s-2",
      name: "Coastal Safety Bureau",
    });
  });
});
