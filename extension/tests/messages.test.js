// lib/messages.js: which messages the background worker acts on. The checks are
// about who sent it and how big it is; what a field may hold is the server's.
import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";

import { acceptMessage, CAPS, isJsonish, MSG } from "../lib/messages.js";
import { EXTENSION_ID, installFakeBrowser, ORIGIN } from "./fake-browser.js";

beforeEach(() => installFakeBrowser());

const POPUP = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };
const patch = (p) => ({ type: MSG.UPDATE_PAPER, paperId: "a1a0262a54cd0bbc", patch: p });

describe("who may send", () => {
  const message = { type: MSG.QUEUE_STATUS };

  it("accepts the extension's own pages", () => {
    assert.equal(acceptMessage(message, POPUP), true);
    assert.equal(acceptMessage(message, { id: EXTENSION_ID, url: `${ORIGIN}options.html` }), true);
  });

  const strangers = [
    ["another extension", { id: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", url: `chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html` }],
    ["a content script in a web page", { id: EXTENSION_ID, url: "https://arxiv.org/abs/1706.03762" }],
    ["a page posing as ours by its path", { id: EXTENSION_ID, url: `https://evil.example/${ORIGIN}popup.html` }],
    ["a sender without a URL", { id: EXTENSION_ID }],
    ["no sender", undefined],
  ];
  for (const [who, sender] of strangers) {
    it(`refuses ${who}`, () => assert.equal(acceptMessage(message, sender), false));
  }
});

describe("which requests", () => {
  for (const type of ["delete-paper", "toString", "constructor", "__proto__", "hasOwnProperty", undefined]) {
    it(`refuses the type ${String(type)}, which is not one of ours`, () => {
      assert.equal(acceptMessage({ type }, POPUP), false);
    });
  }

  for (const msg of [null, "capture", [MSG.QUEUE_STATUS], 42]) {
    it(`refuses ${JSON.stringify(msg)}, which is not a message object`, () => {
      assert.equal(acceptMessage(msg, POPUP), false);
    });
  }

  it("asks for a tab's highlights by the tab's id only", () => {
    assert.equal(acceptMessage({ type: MSG.HIGHLIGHTS, tabId: 7 }, POPUP), true);
    for (const tabId of [-1, 1.5, "7", null, undefined]) {
      assert.equal(acceptMessage({ type: MSG.HIGHLIGHTS, tabId }, POPUP), false, String(tabId));
    }
  });

  it("takes a capture of a tab by its id only", () => {
    assert.equal(acceptMessage({ type: MSG.CAPTURE, tabId: 7 }, POPUP), true);
    for (const tabId of [-1, 1.5, "7", null, undefined]) {
      assert.equal(acceptMessage({ type: MSG.CAPTURE, tabId }, POPUP), false, String(tabId));
    }
  });

  it("keeps a tab as a web page with a flag and a bounded title", () => {
    assert.equal(acceptMessage({ type: MSG.CAPTURE, tabId: 7, asWebPage: true, title: "Lab notes" }, POPUP), true);
    for (const [asWebPage, title] of [["yes", "Lab notes"], [1, undefined], [true, 5], [true, "x".repeat(4097)], [true, null]]) {
      assert.equal(acceptMessage({ type: MSG.CAPTURE, tabId: 7, asWebPage, title }, POPUP), false, `${asWebPage} ${title}`);
    }
  });

  it("asks for papers like one by its id alone", () => {
    assert.equal(acceptMessage({ type: MSG.SIMILAR, paperId: "a1a0262a54cd0bbc" }, POPUP), true);
    for (const paperId of ["", "x".repeat(512), 5, null, undefined]) {
      assert.equal(acceptMessage({ type: MSG.SIMILAR, paperId }, POPUP), false, String(paperId));
    }
  });

  it("asks for a paper's upvote trend by its id only", () => {
    assert.equal(acceptMessage({ type: MSG.PAPER_TREND, paperId: "a1a0262a54cd0bbc" }, POPUP), true);
    for (const paperId of ["", "x".repeat(512), 5, null]) {
      assert.equal(acceptMessage({ type: MSG.PAPER_TREND, paperId }, POPUP), false, String(paperId));
    }
  });

  it("removes a paper by its id only, and only when our own page asks", () => {
    assert.equal(acceptMessage({ type: MSG.REMOVE_PAPER, paperId: "a1a0262a54cd0bbc" }, POPUP), true);
    for (const paperId of ["", "x".repeat(512), 5, null]) {
      assert.equal(acceptMessage({ type: MSG.REMOVE_PAPER, paperId }, POPUP), false, String(paperId));
    }
    const page = { id: POPUP.id, url: "https://evil.example/" };
    assert.equal(acceptMessage({ type: MSG.REMOVE_PAPER, paperId: "a1a0262a54cd0bbc" }, page), false);
  });

  it("takes ids only as short non-empty strings", () => {
    assert.equal(acceptMessage({ type: MSG.UPDATE_NOTE, noteId: "n1", body: "x" }, POPUP), true);
    for (const noteId of ["", "x".repeat(512), 5, { id: "n1" }]) {
      assert.equal(acceptMessage({ type: MSG.UPDATE_NOTE, noteId, body: "x" }, POPUP), false);
    }
  });
});

describe("what the user typed is forwarded for the server to judge", () => {
  // The server refuses each of these with a 400 naming the field; the popup shows it.
  const forwarded = [
    ["a tag longer than the server allows", { tags: ["nlp", "x".repeat(250)] }],
    ["more tags than the server allows", { tags: Array.from({ length: 300 }, (_, i) => `t${i}`) }],
    ["a rating out of range", { rating: 7 }],
    ["a rating that is no number", { rating: "five" }],
    ["a status the server does not know", { status: "done" }],
    ["a field the server does not know", { colour: "blue" }],
    ["an empty patch", {}],
    ["a cleared rating", { rating: null }],
  ];
  for (const [what, fields] of forwarded) {
    it(`passes on ${what}`, () => assert.equal(acceptMessage(patch(fields), POPUP), true));
  }

  it("passes on a note longer than the server allows", () => {
    const body = "n".repeat(150_000);
    assert.equal(acceptMessage({ type: MSG.ADD_NOTE, paperId: "p1", body }, POPUP), true);
    assert.equal(acceptMessage({ type: MSG.UPDATE_NOTE, noteId: "n1", body }, POPUP), true);
  });
});

describe("a message cannot make the worker allocate without bound", () => {
  it("refuses a string over the cap", () => {
    const body = "n".repeat(CAPS.string + 1);
    assert.equal(acceptMessage({ type: MSG.ADD_NOTE, paperId: "p1", body }, POPUP), false);
    assert.equal(acceptMessage(patch({ tags: [body] }), POPUP), false);
    assert.equal(acceptMessage(patch({ [body]: 1 }), POPUP), false);
  });

  it("refuses more values than the cap, however they are nested", () => {
    assert.equal(acceptMessage(patch({ tags: Array.from({ length: CAPS.items }, () => "t") }), POPUP), false);
    const wide = Object.fromEntries(Array.from({ length: CAPS.items }, (_, i) => [`k${i}`, i]));
    assert.equal(acceptMessage(patch(wide), POPUP), false);
  });

  it("refuses nesting deeper than the cap", () => {
    let deep = "leaf";
    for (let i = 0; i < CAPS.depth + 1; i += 1) deep = [deep];
    assert.equal(acceptMessage(patch({ tags: deep }), POPUP), false);
  });

  it("takes plain JSON data only", () => {
    assert.equal(isJsonish({ a: [1, "b", null, true, { c: 2.5 }] }), true);
    const notJson = {
      NaN: Number.NaN, Infinity, date: new Date(0), map: new Map(), function: () => 1,
      undefined, bigint: 10n, "object without a prototype": Object.create(null),
    };
    for (const [what, value] of Object.entries(notJson)) assert.equal(isJsonish({ v: value }), false, what);
    assert.equal(acceptMessage(patch([1, 2]), POPUP), false); // a patch is an object
    assert.equal(acceptMessage(patch(null), POPUP), false);
  });
});
