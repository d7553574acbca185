// lib/anchor.js: finding a highlight again from its W3C selectors, against a table of
// (page text, selectors, expected range) cases.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { anchor, anchorAll, describe as selectorsOf, matchQuote } from "../lib/anchor.js";

const PAGE = "Attention Is All You Need. Abstract: The dominant sequence transduction models are "
  + "based on complex recurrent or convolutional neural networks. We propose a new simple network "
  + "architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence "
  + "and convolutions entirely. Experiments on two machine translation tasks show these models to be "
  + "superior in quality.";
const EXACT = "based solely on attention mechanisms";
const AT = PAGE.indexOf(EXACT);
const SAVED = selectorsOf(PAGE, AT, AT + EXACT.length);

const inserted = (text, at, words) => text.slice(0, at) + words + text.slice(at);

// [name, page text, selectors, expected {text at the range, how} or null]
const CASES = [
  ["the same page: the position holds", PAGE, SAVED, { exact: EXACT, how: "position" }],
  ["words inserted before: the exact quote, moved", inserted(PAGE, 0, "[v2, revised] "), SAVED,
    { exact: EXACT, how: "quote" }],
  ["words inserted before and inside: a fuzzy match", inserted(inserted(PAGE, AT + 16, "the "), 10, "Really "),
    SAVED, { exact: "based solely on the attention mechanisms", how: "fuzzy" }],
  ["a position alone, in range", PAGE, [{ type: "TextPositionSelector", start: 0, end: 9 }],
    { exact: "Attention", how: "position" }],
  ["a position alone, past the end", PAGE, [{ type: "TextPositionSelector", start: 5000, end: 5009 }], null],
  ["a quote alone", PAGE, [{ type: "TextQuoteSelector", exact: "dispensing with recurrence" }],
    { exact: "dispensing with recurrence", how: "quote" }],
  ["a stale position falls back to the quote", PAGE,
    [{ type: "TextPositionSelector", start: 3, end: 3 + EXACT.length }, SAVED[0]], { exact: EXACT, how: "quote" }],
  ["a passage that is not on the page", PAGE,
    [{ type: "TextQuoteSelector", exact: "Residual connections around each of the two sub-layers, followed by layer normalization" }],
    null],
  ["an empty page", "", SAVED, null],
  ["no selectors", PAGE, [], null],
  ["unknown selector types are ignored", PAGE, [{ type: "RangeSelector", startContainer: "/p" }, SAVED[0]],
    { exact: EXACT, how: "quote" }],
];

describe("anchor: the table", () => {
  for (const [name, text, selectors, expected] of CASES) {
    it(name, () => {
      const found = anchor(text, selectors);
      if (expected === null) return assert.equal(found, null);
      assert.ok(found, "not found");
      assert.deepEqual({ exact: text.slice(found.start, found.end), how: found.how }, expected);
      return undefined;
    });
  }
});

describe("anchor: repeated quotes", () => {
  const text = "the model. We train the model on WMT. Then the model is evaluated on newstest.";
  const second = text.indexOf("the model", 12);
  it("the context picks the occurrence it was made on", () => {
    const [quote] = selectorsOf(text, second, second + "the model".length);
    assert.equal(anchor(inserted(text, 0, "Intro: "), [quote]).start, second + "Intro: ".length);
  });
  it("a position remembered for this page is tried first", () => {
    const third = text.lastIndexOf("the model");
    const found = anchor(text, [{ type: "TextQuoteSelector", exact: "the model" }], { start: third, end: third + 9 });
    assert.deepEqual(found, { start: third, end: third + 9, how: "position" });
  });
});

describe("describe", () => {
  it("keeps 32 characters either side and the offsets", () => {
    const [quote, position] = SAVED;
    assert.equal(quote.exact, EXACT);
    assert.equal(quote.prefix, PAGE.slice(AT - 32, AT));
    assert.equal(quote.suffix, PAGE.slice(AT + EXACT.length, AT + EXACT.length + 32));
    assert.deepEqual(position, { type: "TextPositionSelector", start: AT, end: AT + EXACT.length });
  });
  it("cuts the context at the ends of the text", () => {
    const [quote] = selectorsOf("short text", 0, 5);
    assert.deepEqual([quote.prefix, quote.suffix], ["", " text"]);
  });
});

describe("anchorAll", () => {
  it("lists what it cannot find, never drops it", () => {
    const notes = [
      { id: "a", target: { selector: SAVED } },
      { id: "b", target: { selector: [{ type: "TextQuoteSelector", exact: "a sentence from another paper entirely, not here" }] } },
    ];
    const { found, missing } = anchorAll(PAGE, notes);
    assert.deepEqual(found.map((f) => [f.note.id, PAGE.slice(f.start, f.end)]), [["a", EXACT]]);
    assert.deepEqual(missing.map((n) => n.id), ["b"]);
  });
});

// The cases of the Hypothesis client's own quote-matching tests
// (src/annotator/anchoring/test/match-quote-test.js), as a table: the same texts,
// quotes, contexts and expected matches. Hypothesis client: Copyright (c) 2013-2016
// Hypothes.is Project and contributors, BSD 2-Clause licence: redistribution with or
// without modification is permitted provided this notice is kept.
describe("matchQuote: the Hypothesis client's cases", () => {
  const squash = (s) => s.replace(/\s+/g, " ");
  const solitude = squash(`Many years later, as he faced the firing squad,
    Colonel Aureliano Buendía was to remember that distant afternoon
    when his father took him to discover ice`);
  const twoCities = squash(`It was the best of times, it was the worst of times,
    it was the age of wisdom, it was the age of foolishness, it was the epoch of belief,
    it was the epoch of incredulity, it was the season of Light, it was the
    season of Darkness, it was the spring of hope, it was the winter of despair, we had
    everything before us, we had nothing before us, we were all going direct to Heaven,
    we were all going direct the other way.`);

  it("finds an exact match, scored 1", () => {
    const m = matchQuote(solitude, "discover ice");
    assert.equal(m.score, 1);
    assert.equal(solitude.slice(m.start, m.end), "discover ice");
  });
  it("finds the best approximate match when there is no exact one", () => {
    const m = matchQuote(solitude, "some years later");
    assert.ok(m.score > 0 && m.score < 1);
    assert.equal(solitude.slice(m.start, m.end), "Many years later");
  });
  const descending = (scores) => scores.slice(1).forEach((s, i) => assert.ok(s < scores[i], `${scores}`));
  it("scores by quote similarity", () => {
    descending(["Many years later", "Many yers later", "Some years later", "Some years after"]
      .map((q) => matchQuote(solitude, q).score));
  });
  it("scores by prefix similarity", () => {
    descending(["Many years later", "Many yers later", "Some years later", "Some years after"]
      .map((prefix) => matchQuote(solitude, ", as he faced the firing squad", { prefix }).score));
  });
  it("scores by suffix similarity", () => {
    descending([", as he faced the firing squad", ", as she faced the firing squad",
      ", as he awaited the firing squad", ", as he awaited his death"]
      .map((suffix) => matchQuote(solitude, "Many years later", { suffix }).score));
  });
  it("returns null when no approximate match is acceptable, or quote or text is empty", () => {
    assert.equal(matchQuote(twoCities, solitude), null);
    assert.equal(matchQuote("foobar", ""), null);
    assert.equal(matchQuote("", "foobar"), null);
  });
  const byContext = [
    { quote: "before us", prefix: "we had everything", expected: "before us, we had nothing" },
    { quote: "before us", prefix: "we had nothing", expected: "before us, we were all going" },
    { quote: "before us", prefix: "we had every-thing", expected: "before us, we had nothing" },
    { quote: "before us", prefix: "we had nout", expected: "before us, we were all going" },
    { quote: "we had", suffix: "everything", expected: "we had everything" },
    { quote: "we had", suffix: "nothing", expected: "we had nothing" },
    { quote: "we had", suffix: "ever ting", expected: "we had everything" },
    { quote: "we had", suffix: "nutting", expected: "we had nothing" },
  ];
  byContext.forEach(({ quote, prefix, suffix, expected }, i) => {
    it(`the best context match wins (${i})`, () => {
      const m = matchQuote(twoCities, quote, { prefix, suffix });
      assert.equal(twoCities.slice(m.start, m.end), quote);
      assert.equal(m.start, twoCities.indexOf(expected));
    });
  });
  it("the position hint breaks ties, else the first match", () => {
    const posA = twoCities.indexOf("everything before us") + "everything ".length;
    const posB = twoCities.indexOf("nothing before us") + "nothing ".length;
    assert.equal(matchQuote(twoCities, "befor us", { hint: posA }).start, posA);
    assert.equal(matchQuote(twoCities, "befor us", { hint: posB }).start, posB);
    assert.equal(matchQuote(twoCities, "befor us").start, posA);
  });
  it("matches when the prefix is longer than the text before the match", () => {
    const m = matchQuote(solitude, "years later", { prefix: "It used to be many" });
    assert.equal(solitude.slice(m.start, m.end), "years later");
  });
  it("matches at the end of the text with a suffix", () => {
    const m = matchQuote("Some document text", "text", { suffix: "missing" });
    assert.equal("Some document text".slice(m.start, m.end), "text");
  });
});
