// lib/queue.js over a fake storage.local (tests/fake-browser.js): the offline
// queue's rules without a browser. Run by tests/test_extension_unit.py.
import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";

import { ApiError, TokenRefusedError, UnreachableError } from "../lib/client.js";
import { drain, enqueue, queuedCaptures, queueReport } from "../lib/queue.js";
import { bytesOf, installFakeBrowser } from "./fake-browser.js";

let local;
beforeEach(() => {
  ({ local } = installFakeBrowser());
});

const page = (id, url, extra = {}) => ({ capture_id: id, url, title: `page ${id}`, text: "t", ...extra });
const withoutHtml = ({ html, ...rest }) => rest;
const ids = async () => (await queuedCaptures()).map((q) => q.capture_id);

/** A client whose capture() answers from `answers` (capture_id -> Error) and records what it was sent. */
function scriptedClient(answers = {}) {
  const sent = [];
  return {
    sent,
    async capture(payload) {
      sent.push(payload.capture_id);
      if (answers[payload.capture_id]) throw answers[payload.capture_id];
      return { status: 200, data: { papers: [], new: [] } };
    },
  };
}

describe("enqueue", () => {
  it("keeps one copy of a page saved again, under the first capture_id, with the newer content", async () => {
    assert.equal(await enqueue(page("first", "http://arxiv.org/abs/1", { text: "old" })), 1);
    const again = page("second", "http://arxiv.org/abs/1", { text: "new" });
    assert.equal(await enqueue(again), 1);
    assert.deepEqual(await queuedCaptures(), [{ ...again, capture_id: "first" }]);
  });

  it("queues a highlight on its own, and the same highlight twice once", async () => {
    const url = "http://arxiv.org/abs/1";
    await enqueue(page("page", url));
    await enqueue(page("quote-a", url, { note: "", selection: "A" }));
    await enqueue(page("quote-a-again", url, { note: "", selection: "A" }));
    await enqueue(page("quote-b", url, { note: "", selection: "B" }));
    await enqueue(page("commented-a", url, { note: "why", selection: "A" }));
    assert.deepEqual(await ids(), ["page", "quote-a", "quote-b", "commented-a"]);
  });

  it("keeps queued HTML within its budget, counted in UTF-8 bytes: the page past it waits without", async () => {
    // 1.5M two-byte characters: 3 MB each, 6 MB together (only 3M characters).
    const html = "é".repeat(1_500_000);
    await enqueue(page("a", "http://arxiv.org/abs/1", { html }));
    await enqueue(page("b", "http://arxiv.org/abs/2", { html }));
    const [a, b] = await queuedCaptures();
    assert.equal(a.html, html);
    assert.deepEqual(b, withoutHtml(page("b", "http://arxiv.org/abs/2", { html })));
  });

  it("stores the new capture without its HTML when the quota is reached", async () => {
    const a = page("a", "http://arxiv.org/abs/1", { html: "h".repeat(600) });
    const b = page("b", "http://arxiv.org/abs/2", { html: "h".repeat(600) });
    local.quotaBytes = bytesOf({ queue: [a, withoutHtml(b)] });
    await enqueue(a);
    assert.equal(await enqueue(b), 2);
    assert.deepEqual(await queuedCaptures(), [a, withoutHtml(b)]);
  });

  it("stores every queued capture without its HTML when the new one alone does not make room", async () => {
    const a = page("a", "http://arxiv.org/abs/1", { html: "h".repeat(600) });
    const b = page("b", "http://arxiv.org/abs/2", { html: "h".repeat(600) });
    await enqueue(a);
    local.quotaBytes = bytesOf({ queue: [withoutHtml(a), withoutHtml(b)] });
    assert.equal(await enqueue(b), 2);
    assert.deepEqual(await queuedCaptures(), [withoutHtml(a), withoutHtml(b)]);
  });

  it("fails when nothing fits, and leaves the queue as it was", async () => {
    const a = page("a", "http://arxiv.org/abs/1");
    await enqueue(a);
    local.quotaBytes = bytesOf(local.items);
    await assert.rejects(enqueue(page("b", "http://arxiv.org/abs/2")), /QUOTA_BYTES/);
    assert.deepEqual(await queuedCaptures(), [a]);
  });

  it("does not retry or hide a write error that is not the quota", async () => {
    local.failWrites = new Error("IO error: the disk went away");
    await assert.rejects(enqueue(page("a", "http://arxiv.org/abs/1", { html: "<p>" })), /disk went away/);
    assert.equal(local.setCalls, 1);
    assert.deepEqual(await queuedCaptures(), []);
  });
});

describe("drain", () => {
  it("sends in queue order and removes what was sent", async () => {
    for (const n of [1, 2, 3]) await enqueue(page(`c${n}`, `http://arxiv.org/abs/${n}`));
    const client = scriptedClient();
    assert.equal(await drain(client), 3);
    assert.deepEqual(client.sent, ["c1", "c2", "c3"]);
    assert.deepEqual(await queuedCaptures(), []);
    assert.deepEqual(await queueReport(), { waiting: 0, blocked: null, dropped: [] });
  });

  const passing = [
    ["the server is unreachable", new UnreachableError("cannot reach papershelf at http://127.0.0.1:8000"), "unreachable"],
    ["the token is refused", new TokenRefusedError("the token was refused: check the options"), "token"],
    ["the server is busy (429)", new ApiError(429, { error: "rate_limited", message: "too many requests" }), "api"],
    ["the server fails (503)", new ApiError(503, { error: "unavailable", message: "the library is busy" }), "api"],
    ["the paper is gone (404)", new ApiError(404, { error: "not_found", message: "no such thing" }), "api"],
  ];
  for (const [why, err, kind] of passing) {
    it(`stops at the first capture it cannot send when ${why}, keeps it and the rest, and says why`, async () => {
      for (const n of [1, 2, 3]) await enqueue(page(`c${n}`, `http://arxiv.org/abs/${n}`));
      const client = scriptedClient({ c2: err });
      assert.equal(await drain(client), 1);
      assert.deepEqual(client.sent, ["c1", "c2"]); // c3 was not tried after c2 failed
      assert.deepEqual(await ids(), ["c2", "c3"]);
      const report = await queueReport();
      assert.equal(report.waiting, 2);
      assert.equal(report.blocked.kind, kind);
      assert.match(report.blocked.message, new RegExp(err.message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));

      // Once the server takes them, the rest go and the reason is forgotten.
      const later = scriptedClient();
      assert.equal(await drain(later), 2);
      assert.deepEqual(later.sent, ["c2", "c3"]);
      assert.deepEqual(await queueReport(), { waiting: 0, blocked: null, dropped: [] });
    });
  }

  for (const status of [400, 413]) {
    it(`drops a capture refused for good (${status}), sends the rest and reports it once`, async (t) => {
      const warn = t.mock.method(console, "warn", () => {});
      await enqueue(page("c1", "http://huggingface.co/about", { title: "About us" }));
      await enqueue(page("c2", "http://arxiv.org/abs/2"));
      const refused = new ApiError(status, { error: "no_paper", message: "no paper found on this page" });
      const client = scriptedClient({ c1: refused });
      assert.equal(await drain(client), 1);
      assert.deepEqual(client.sent, ["c1", "c2"]);
      assert.deepEqual(await queuedCaptures(), []);
      assert.equal(warn.mock.callCount(), 1);
      assert.deepEqual(await queueReport(), {
        waiting: 0,
        blocked: null,
        dropped: [{ url: "http://huggingface.co/about", title: "About us", message: "papershelf said: no paper found on this page" }],
      });
      assert.deepEqual((await queueReport()).dropped, []); // told once
    });
  }

  it("keeps the last ten dropped captures to tell", async (t) => {
    t.mock.method(console, "warn", () => {});
    const answers = {};
    for (let n = 1; n <= 12; n += 1) {
      await enqueue(page(`c${n}`, `http://example.org/${n}`));
      answers[`c${n}`] = new ApiError(400, { error: "no_paper", message: `nothing in ${n}` });
    }
    assert.equal(await drain(scriptedClient(answers)), 0);
    const { dropped } = await queueReport();
    assert.deepEqual(dropped.map((d) => d.url), Array.from({ length: 10 }, (_, i) => `http://example.org/${i + 3}`));
  });
});

describe("one read-modify-write of the queue at a time", () => {
  it("keeps every one of many captures enqueued at once", async () => {
    const urls = Array.from({ length: 20 }, (_, n) => `http://arxiv.org/abs/${n}`);
    await Promise.all(urls.map((url, n) => enqueue(page(`c${n}`, url))));
    assert.deepEqual((await queuedCaptures()).map((q) => q.url), urls);
  });

  it("keeps a capture enqueued while a drain is sending, and sends the drained one once", async () => {
    await enqueue(page("c1", "http://arxiv.org/abs/1"));
    let release;
    const answered = new Promise((resolve) => { release = resolve; });
    const sent = [];
    const client = { async capture(p) { sent.push(p.capture_id); await answered; } };
    const draining = drain(client);
    while (sent.length === 0) await new Promise((resolve) => setImmediate(resolve));
    release(); // the answer arrives as the new capture is enqueued
    const enqueuing = enqueue(page("c2", "http://arxiv.org/abs/2"));
    assert.equal(await draining, 1);
    await enqueuing;
    assert.deepEqual(await ids(), ["c2"]);
    assert.equal(await drain(scriptedClient()), 1);
    assert.deepEqual(sent, ["c1"]);
  });

  it("goes on after one of them fails", async () => {
    local.failWrites = new Error("IO error");
    await assert.rejects(enqueue(page("c1", "http://arxiv.org/abs/1")), /IO error/);
    local.failWrites = null;
    assert.equal(await enqueue(page("c2", "http://arxiv.org/abs/2")), 1);
    assert.deepEqual(await ids(), ["c2"]);
  });
});
