// Finding a highlight again in a page's text, from its W3C selectors (docs/api.md,
// "Target"). Pure functions over strings: the page's text is read in the page
// (content/highlights.js) and the offsets found here are marked there.
//
// The order is Hypothesis's (client src/annotator/anchoring/): the stored position
// when it still holds the exact quote; else the quote itself, and when it is not
// there as it was, the closest approximate match (approx-string-match, Myers'
// algorithm), each candidate scored on how well the quote, the text before it
// (prefix) and after it (suffix) match and how near it is to where it was.
import search from "./approx-string-match.js";

// Hypothesis's weights: the quote counts most, its context next, the position only
// breaks ties.
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
export const CONTEXT_LENGTH = 32; // characters of prefix and suffix kept, as Hypothesis does

/** The selectors of the passage text[start:end], as a note's target carries them. */
export function describe(text, start, end) {
  return [
    {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: "TextPositionSelector", start, end },
  ];
}

const ofType = (selectors, type) => (selectors ?? []).find((s) => s && s.type === type);

// How alike two strings are, 0..1: 1 - edits / length of the one looked for.
function similarity(text, wanted) {
  if (wanted.length === 0 || text.length === 0) return 0;
  const [best] = search(text, wanted, wanted.length);
  return best ? 1 - best.errors / wanted.length : 0;
}

// {score, quote, context}: the weighted score and, for the acceptance rule in anchor(),
// how alike the quote and its context (prefix and suffix, where given) are.
function score(text, match, quote, { prefix = "", suffix = "", hint }) {
  const quoteScore = 1 - match.errors / quote.length;
  const before = text.slice(Math.max(0, match.start - prefix.length), match.start);
  const after = text.slice(match.end, Math.min(text.length, match.end + suffix.length));
  const prefixScore = prefix ? similarity(before, prefix) : 1;
  const suffixScore = suffix ? similarity(after, suffix) : 1;
  const positionScore = hint === undefined ? 1 : 1 - Math.abs(match.start - hint) / text.length;
  const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  const given = [prefix && prefixScore, suffix && suffixScore].filter((v) => v !== "");
  return {
    score: (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore
      + WEIGHTS.position * positionScore) / total,
    quote: quoteScore,
    context: given.length ? given.reduce((a, b) => a + b, 0) / given.length : null,
  };
}

function exactMatches(text, quote) {
  const found = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/**
 * The best place for `quote` in `text` given its context, or null when no place is
 * close enough (more than half the quote, at most 256 characters, would have to
 * change). Exact occurrences are preferred; among them, and among approximate ones,
 * the best scored wins, the first on a tie. {start, end, score}.
 */
export function matchQuote(text, quote, context = {}, { near = false } = {}) {
  if (!quote || !text) return null;
  let candidates = exactMatches(text, quote);
  if (candidates.length === 0) {
    const maxErrors = Math.min(256, Math.floor(quote.length / 2));
    candidates = (near && nearHint(text, quote, maxErrors, context.hint)) || search(text, quote, maxErrors);
  }
  let best = null;
  for (const match of candidates) {
    const value = score(text, match, quote, context);
    if (!best || value.score > best.score) {
      best = { start: match.start, end: match.end, score: value.score, quoteScore: value.quote, contextScore: value.context };
    }
  }
  return best;
}

// The approximate search costs time in proportion to the text: on a long page, look
// first in a window around where the passage was (a revision moves most text by a few
// thousand characters at most); anchor() searches the whole text when nothing there
// is close enough.
const WINDOW = 8192;
function nearHint(text, quote, maxErrors, hint) {
  if (hint === undefined || text.length < 4 * WINDOW) return null;
  const from = Math.max(0, hint - WINDOW);
  const found = search(text.slice(from, hint + quote.length + WINDOW), quote, maxErrors);
  return found.length ? found.map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors })) : null;
}

/**
 * Where a highlight is in `text`: {start, end, how} with how "position" (the stored
 * or `remembered` position still holds its quote), "quote" (found as it was) or
 * "fuzzy" (found changed); null when it is not on this page.
 */
export function anchor(text, selectors, remembered) {
  const quote = ofType(selectors, "TextQuoteSelector");
  const position = ofType(selectors, "TextPositionSelector");
  for (const at of [remembered, position]) {
    if (!at || !Number.isInteger(at.start) || !Number.isInteger(at.end) || at.end <= at.start) continue;
    if (!quote ? at.end <= text.length : text.slice(at.start, at.end) === quote.exact) {
      return { start: at.start, end: at.end, how: "position" };
    }
  }
  if (!quote?.exact) return null;
  const hint = (remembered ?? position)?.start;
  const context = { prefix: quote.prefix, suffix: quote.suffix, hint };
  const acceptable = (m) => m && (text.slice(m.start, m.end) === quote.exact || closeEnough(m));
  let found = matchQuote(text, quote.exact, context, { near: true });
  if (!acceptable(found) && hint !== undefined) found = matchQuote(text, quote.exact, context);
  if (!acceptable(found)) return null;
  const exact = text.slice(found.start, found.end) === quote.exact;
  return { start: found.start, end: found.end, how: exact ? "quote" : "fuzzy" };
}

// Hypothesis takes the best match within half the quote's length in errors; on a long
// page some passage of the same words is always that close, and a mark in the wrong
// place is worse than "not found" (scripts/benchmarks/highlights_bench.py measures
// both). So a changed quote is taken when the text around it still half matches and at
// most a quarter of it changed, or when the text around it matches well (3/4) and at
// most half of it changed; a quote kept without context, when at most a quarter changed.
function closeEnough({ quoteScore, contextScore }) {
  if (contextScore === null) return quoteScore >= 0.75;
  return (quoteScore >= 0.75 && contextScore >= 0.5) || (quoteScore >= 0.5 && contextScore >= 0.75);
}

/**
 * Every note with a target, anchored in `text`: {found: [{note, start, end, how}],
 * missing: [note]}. `remembered` maps a note id to the position it was found at on
 * this page before.
 */
export function anchorAll(text, notes, remembered = {}) {
  const found = [];
  const missing = [];
  for (const note of notes) {
    const at = anchor(text, note.target?.selector, remembered[note.id]);
    if (at) found.push({ note, ...at });
    else missing.push(note);
  }
  return { found, missing };
}
