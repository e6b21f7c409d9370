// One small test per attribution pattern, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { suggestAttributions, type Suggestion } from ".";

const find = (list: Suggestion[], quote: string) => list.find((s) => s.quote === quote);

function only(text: string, quote: string): Suggestion {
  const list = suggestAttributions(text);
  const s = find(list, quote);
  if (!s)
    throw new Error(`No suggestion "${quote}" in ${JSON.stringify(list.map((x) => x.quote))}`);
  return s;
}

describe("direct quotes", () => {
  it("finds a quote before its cue, the comma inside the marks kept", () => {
    const s = only("“We will appeal,” said Jane Roe.", "We will appeal,");
    expect(s).toMatchObject({ kind: "official_claim", rule: "direct-quote-before-cue" });
    expect(s.speaker?.name).toBe("Jane Roe");
    expect(s.cue?.text).toBe("said");
  });

  it("finds a quote after its cue", () => {
    const s = only('Jane Roe said: "The verdict is wrong."', "The verdict is wrong.");
    expect(s.rule).toBe("direct-quote-after-cue");
    expect(s.speaker?.name).toBe("Jane Roe");
  });

  it("does not give a quote that ends its sentence the speaker of the next sentence", () => {
    const text = 'The report called the plan "a costly mistake." The council said it would reply.';
    const speakers = suggestAttributions(text).map((x) => [x.quote, x.speaker?.name]);
    expect(speakers).not.toContainEqual(["a costly mistake.", "council"]);
  });

  it("gives each segment of a broken quote the same speaker", () => {
    const text = "“We will appeal,” Jane Roe said. “The verdict is wrong.”";
    expect(only(text, "The verdict is wrong.").speaker?.name).toBe("Jane Roe");
  });

  it("makes one suggestion per paragraph of a quote over several paragraphs", () => {
    const text =
      "Jane Roe said: “The first part of what I want to say is this.\n\n“And the second part follows here.”";
    const second = only(text, "And the second part follows here.");
    expect(second.rule).toBe("direct-quote-continued-paragraph");
    expect(second.speaker?.name).toBe("Jane Roe");
    expect(
      find(suggestAttributions(text), "The first part of what I want to say is this."),
    ).toBeTruthy();
  });

  it("leaves a scare-quoted phrase inside the reported clause", () => {
    const s = only(
      "Jane Roe said the plan was “a disaster” for the town.",
      "the plan was “a disaster” for the town",
    );
    expect(s.rule).toBe("reported-after-cue");
  });
});

describe("reported speech", () => {
  it("takes the clause after 'said that' without 'that'", () => {
    const s = only(
      "Jane Roe said that the bridge would reopen in May.",
      "the bridge would reopen in May",
    );
    expect(s.speaker?.name).toBe("Jane Roe");
    expect(s.cue?.text).toBe("said");
    const dated = only(
      "Jane Roe told reporters on 3 May that fares would rise.",
      "fares would rise",
    );
    expect(dated.cue?.text).toBe("told reporters");
  });

  it("skips the addressee of 'told reporters'", () => {
    const s = only(
      "Mayor Jane Roe told reporters the budget was balanced.",
      "the budget was balanced",
    );
    expect(s.cue?.text).toMatch(/^told/);
  });

  it("skips 'in a statement'", () => {
    const text = "The Harbour Authority said in a statement that ferries would run late.";
    expect(only(text, "ferries would run late").speaker?.name).toBe("Harbour Authority");
  });

  it("takes the clause before an inverted ', reports X'", () => {
    const s = only(
      "Ferries were late all week, reports Harbour News.",
      "Ferries were late all week",
    );
    expect(s.speaker?.name).toBe("Harbour News");
  });

  it("finds the subject past a dash apposition or a 'who' clause", () => {
    const dashed =
      "The two ports - Aden and Brill - also criticised the new levy, with Jane Roe warning of “chaos”.";
    expect(only(dashed, "the new levy").speaker?.name).toBe("Aden and Brill");
    expect(only(dashed, "chaos").speaker?.name).toBe("Jane Roe");
    const who = "Jane Roe, who openly lobbied for lower fares, was re-elected.";
    expect(only(who, "lower fares").speaker?.name).toBe("Jane Roe");
  });

  it("takes the clause before ', X said'", () => {
    const s = only(
      "Ferries will run late on Friday, the Harbour Authority said.",
      "Ferries will run late on Friday",
    );
    expect(s.rule).toBe("reported-before-cue");
    expect(s.speaker?.type).toBe("organization");
  });

  it("takes the clause before the cue when a participle follows it, a possessive subject too", () => {
    const text = "The mill will shut in June, its owner said on Friday, citing the price of power.";
    const s = only(text, "The mill will shut in June");
    expect(s.rule).toBe("reported-before-cue");
    expect(s.cue?.text).toBe("said");
    expect(suggestAttributions(text).map((x) => x.quote)).not.toContain(
      "citing the price of power",
    );
  });

  it("leaves 'that' out of a reported clause that begins with a gerund", () => {
    const s = only(
      "The mayor warned that blocking roads was illegal.",
      "blocking roads was illegal",
    );
    expect(s.speaker?.name).toBe("mayor");
  });

  it("skips a written medium between the cue and the clause", () => {
    const text = "Judge Ann Lee wrote in a 30-page ruling that the permit was void.";
    const s = only(text, "the permit was void");
    expect(s.cue?.text).toBe("wrote in a 30-page ruling");
    expect(s.speaker?.name).toBe("Ann Lee");
  });

  it("does not take a word before a title for a cue ('state Sen. …')", () => {
    const text = "The bill's author, state Sen. Ray Orr, filed it in May.";
    expect(suggestAttributions(text).map((x) => x.cue?.text)).not.toContain("state");
  });

  it("handles 'according to X' before, after and inside the clause", () => {
    expect(
      only("According to the Harbour Authority, ferries will run late.", "ferries will run late")
        .rule,
    ).toBe("according-to-before");
    expect(
      only("Ferries will run late, according to the Harbour Authority.", "Ferries will run late")
        .rule,
    ).toBe("according-to-after");
    const study = "Ferries are late, according to a study published on Monday.";
    expect(only(study, "Ferries are late").rule).toBe("according-to-after");
    const inside = "The ferries, according to the Harbour Authority, will run late";
    expect(only(`${inside}.`, inside).speaker?.name).toBe("Harbour Authority");
  });

  it.each([
    ["warned", "Jane Roe warned that prices would rise."],
    ["insisted", "Jane Roe insisted that prices would rise."],
    ["tweeted", "Jane Roe tweeted that prices would rise."],
    ["confirmed", "Jane Roe confirmed that prices would rise."],
    ["announced", "Jane Roe announced that prices would rise."],
  ])("knows the cue verb %s", (verb, text) => {
    expect(only(text, "prices would rise").cue?.text).toMatch(new RegExp(`^${verb}`));
  });

  it("takes a document or body before a participle as the source ('a study showing …')", () => {
    const text = "Jane Roe cited a survey showing most riders wanted later ferries.";
    const s = only(text, "most riders wanted later ferries");
    expect(s).toMatchObject({ rule: "participle-object", cue: { text: "showing" } });
    expect(s.speaker?.name).toBe("survey");
  });

  it("gives a participle cue the sentence's speaker", () => {
    const text = "Jane Roe left the meeting early, saying the talks had failed.";
    expect(only(text, "the talks had failed").speaker?.name).toBe("Jane Roe");
  });

  it("suggests both the outer and the inner relation of a nested attribution", () => {
    const text = "The Daily Post reported that Minister Jane Roe said the tax would rise.";
    const list = suggestAttributions(text);
    expect(find(list, "Minister Jane Roe said the tax would rise")?.speaker?.name).toBe(
      "Daily Post",
    );
    expect(find(list, "the tax would rise")?.speaker?.name).toBe("Jane Roe");
  });
});

describe("more reported-speech shapes", () => {
  it("takes a quoted phrase that is a cue's object as the words inside the marks", () => {
    const s = only("The mayor called it a “reckless gamble” on Monday.", "reckless gamble");
    expect(s.rule).toBe("quoted-phrase-object");
    expect(
      only("Jane Roe warned of “grave consequences”.", "grave consequences").speaker?.name,
    ).toBe("Jane Roe");
  });

  it("takes the object of 'called for', 'lobbied for' and 'wants … to'", () => {
    expect(
      only("The union called for an independent inquiry.", "an independent inquiry").rule,
    ).toBe("stance-object");
    const wants = "Jane Roe wants the council to cut fares.";
    expect(only(wants, "the council to cut fares").speaker?.name).toBe("Jane Roe");
  });

  it("ends a reported clause in a sentence-opening 'While …' at its comma", () => {
    const text = "While Jane Roe wants fares cut, the council said prices would rise.";
    expect(only(text, "fares cut").speaker?.name).toBe("Jane Roe");
    expect(only(text, "prices would rise").speaker?.name).toBe("council");
  });

  it("suggests the relaying outlet of 'X, via Y, said' and of '\"…\" X said, via Y'", () => {
    const text = "Jane Roe, via the Daily Post, said that fares would rise.";
    const outer = only(text, "Jane Roe, via the Daily Post, said that fares would rise");
    expect(outer).toMatchObject({ rule: "via-outer", cue: { text: "via" } });
    expect(outer.speaker?.name).toBe("Daily Post");
    expect(only(text, "fares would rise").speaker?.name).toBe("Jane Roe");
    const quoted = '"We lost," Jane Roe said, via the Daily Post.';
    expect(only(quoted, '"We lost," Jane Roe said').speaker?.name).toBe("Daily Post");
  });

  it("splits 'said A and said B' into two suggestions by the same speaker", () => {
    const text = "The Harbour Authority said fares would rise and said ferries would run late.";
    expect(only(text, "fares would rise").speaker?.name).toBe("Harbour Authority");
    expect(only(text, "ferries would run late").speaker?.name).toBe("Harbour Authority");
  });

  it("splits 'said that A and that B'", () => {
    const text = "Jane Roe said that fares would rise and that ferries would run late.";
    expect(only(text, "fares would rise").speaker?.name).toBe("Jane Roe");
    expect(only(text, "ferries would run late").speaker?.name).toBe("Jane Roe");
  });
});

describe("allegations and denials", () => {
  it("names the accusers of a passive 'accused by X of'", () => {
    const s = only(
      "The referee was accused by fans of ignoring two fouls.",
      "The referee was accused by fans of ignoring two fouls",
    );
    expect(s).toMatchObject({ kind: "allegation", rule: "allegation-hedge" });
    expect(s.speaker?.name).toBe("fans");
    expect(s.cue?.text).toBe("accused");
  });

  it("takes a passive 'is alleged to' as a hedged allegation with no accuser", () => {
    const s = only(
      "The treasurer is alleged to have moved club funds abroad.",
      "The treasurer is alleged to have moved club funds abroad",
    );
    expect(s).toMatchObject({ kind: "allegation", rule: "allegation-hedge", speaker: null });
  });

  it("makes 'X is investigating whether …' an allegation by X", () => {
    const text = "The Harbour Authority is investigating whether the operator hid defects.";
    const s = only(text, "whether the operator hid defects");
    expect(s).toMatchObject({ kind: "allegation", rule: "inquiry-whether" });
    expect(s.speaker?.name).toBe("Harbour Authority");
  });

  it.each([
    ["accused of", "The treasurer was accused of hiding losses."],
    ["allegedly", "The treasurer allegedly hid losses from the board."],
    ["suspected of", "The treasurer is suspected of hiding losses."],
    ["charged with", "The treasurer was charged with fraud last year."],
    ["charges", "The treasurer faces three fraud charges in two states."],
  ])("marks a clause with '%s' as an allegation with no named accuser", (word, text) => {
    const s = suggestAttributions(text).find((x) => x.kind === "allegation");
    expect(s?.cue?.text.toLowerCase()).toContain(word.split(" ")[0]!.slice(0, 6));
    expect(s?.speaker).toBeNull();
  });

  it("makes a source's statement with an accusing word that source's allegation", () => {
    const text = "The treasurer is suspected of hiding losses, police said.";
    const s = only(text, "The treasurer is suspected of hiding losses");
    expect(s).toMatchObject({ kind: "allegation", rule: "reported-before-cue" });
    expect(s.speaker?.name).toBe("police");
  });

  it("keeps a hedged relative clause to itself and a subject's apposition in its clause", () => {
    const text = "Jon Doe, who allegedly forged the logs, resigned. Doe, 51, is accused of fraud.";
    expect(only(text, "who allegedly forged the logs").kind).toBe("allegation");
    expect(only(text, "Doe, 51, is accused of fraud").speaker).toBeNull();
  });

  it("takes 'believed to have' as an allegation only before a wrongdoing", () => {
    const bad = "The treasurer is believed to have hidden losses from the board.";
    expect(suggestAttributions(bad)[0]?.kind).toBe("allegation");
    expect(suggestAttributions("The bridge is believed to have opened in 1932.")).toEqual([]);
  });

  it("makes a named source's blame an allegation", () => {
    const text = "Jane Roe said the council had misled residents about the fares.";
    expect(only(text, "the council had misled residents about the fares").kind).toBe("allegation");
    expect(only("Jane Roe said fares would rise.", "fares would rise").kind).toBe("official_claim");
  });

  it("credits a named accuser", () => {
    const s = only(
      "The union accused the company of hiding losses.",
      "the company of hiding losses",
    );
    expect(s.kind).toBe("allegation");
    expect(s.speaker?.name).toMatch(/union/i);
    const plural = suggestAttributions("The teachers' union accused the city of hiding losses.");
    expect(plural[0]?.speaker?.name).toBe("teachers' union");
  });

  it("makes a denial an official claim by the one who denies", () => {
    const text = "Jane Roe, who denies the charges, resigned. She has always denied the claims.";
    const list = suggestAttributions(text);
    expect(find(list, "who denies the charges")).toMatchObject({
      kind: "official_claim",
      rule: "denial",
    });
    expect(find(list, "She has always denied the claims")?.speaker?.name).toBe("Jane Roe");
  });

  it("takes no negation for a speaker", () => {
    expect(suggestAttributions("Officials didn't say how many ferries were late.")).toEqual([]);
    expect(suggestAttributions("Jane Roe has never said that fares would rise.")).toEqual([]);
  });

  it("never suggests the reporter's own statements", () => {
    expect(suggestAttributions("The bridge opened in 1932. It is 400 metres long.")).toEqual([]);
  });
});

it("counts offsets in JavaScript string indices, astral characters included", () => {
  const text = "Our 🚢🚢 ferries are old. Ferries will run late, the Harbour Authority said.";
  for (const s of suggestAttributions(text)) expect(text.slice(s.start, s.end)).toBe(s.quote);
  expect(suggestAttributions(text)[0]?.start).toBe(text.indexOf("Ferries"));
});
