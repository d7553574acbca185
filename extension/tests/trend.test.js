// lib/trend.js: the popup's line about a saved paper's upvotes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { trendText } from "../lib/trend.js";

const since = (gained) => ({ since: "2026-10-01T08:00:00Z", then: 12, now: 12 + gained, observed_at: "2026-11-30T09:00:00Z", gained });

describe("upvotes since the paper was saved", () => {
  it("counts the upvotes gained", () => {
    assert.equal(trendText(since(120)), "+120 upvotes since you saved it");
    assert.equal(trendText(since(1)), "+1 upvote since you saved it");
  });

  it("says when nothing moved, and when upvotes were taken back", () => {
    assert.equal(trendText(since(0)), "no new upvotes since you saved it");
    assert.equal(trendText(since(-2)), "-2 upvotes since you saved it");
  });

  it("says nothing without a history (one observation, or none)", () => {
    assert.equal(trendText(null), "");
    assert.equal(trendText(undefined), "");
    assert.equal(trendText({ gained: "120" }), "");
  });
});
