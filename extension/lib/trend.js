// What the popup says about a saved paper's upvotes: the `upvotes` of
// GET /api/papers/{id}/observations (from the first count the library saw to the latest).

/** "+120 upvotes since you saved it", or "" when there is no history to tell. */
export function trendText(upvotes) {
  if (!upvotes || !Number.isInteger(upvotes.gained)) return "";
  const n = upvotes.gained;
  const noun = Math.abs(n) === 1 ? "upvote" : "upvotes";
  return n === 0 ? "no new upvotes since you saved it" : `${n > 0 ? "+" : ""}${n} ${noun} since you saved it`;
}
