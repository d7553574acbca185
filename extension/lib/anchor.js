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

function score(text, match, quote, { prefix = "", suffix = "", hint }) {
  const quoteScore = 1 - match.errors / quote.length;
  const before = text.slice(Math.max(0, match.start - prefix.length), match.start);
  const after = text.slice(match.end, Math.min(text.length, match.end + suffix.length));
  const prefixScore = prefix ? similarity(before, prefix) : 1;
  const suffixScore = suffix ? similarity(after, suffix) : 1;
  const positionScore = hint === undefined ? 1 : 1 - Math.abs(match.start - hint) / text.length;
  const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  return (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore
    + WEIGHTS.position * positionScore) / total;
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
export function matchQuote(text, quote, context = {}) {
  if (!quote || !text) return null;
  let candidates = exactMatches(text, quote);
  if (candidates.length === 0) {
    const maxErrors = Math.min(256, Math.floor(quote.length / 2));
    candidates = search(text, quote, maxErrors);
  }
  let best = null;
  for (const match of candidates) {
    const value = score(text, match, quote, context);
    if (!best || value > best.score) best = { start: match.start, end: match.end, score: value };
  }
  return best;
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
  const found = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint });
  if (!found) return null;
  const exact = text.slice(found.start, found.end) === quote.exact;
  return { start: found.start, end: found.end, how: exact ? "quote" : "fuzzy" };
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
