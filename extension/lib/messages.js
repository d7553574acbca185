// The messages extension pages (popup, options) send to the background worker,
// and the checks that decide whether one is acceptable.
//
// These are security checks, not the server's rules: what a rating, a status or
// a tag may be is for the server to say (it answers 400 naming the field, and
// the popup shows that). Here only who sent the message, which request it is
// and that its values are plain JSON of a bounded size are checked, so a
// hostile message cannot make the worker act for it or allocate without bound.
import { api, extensionOrigin } from "./browser.js";

export const MSG = Object.freeze({
  CAPTURE: "capture", // {tabId, asWebPage?, title?}: asWebPage keeps a page with no paper as a web page
  UPDATE_PAPER: "update-paper", // {paperId, patch: {...}}, forwarded as the PATCH body
  ADD_NOTE: "add-note", // {paperId, body}
  UPDATE_NOTE: "update-note", // {noteId, body}
  TEST_CONNECTION: "test-connection", // {serverUrl, token}
  QUEUE_STATUS: "queue-status", // {}
  SIMILAR: "similar", // {paperId}: papers like it in the library (GET /api/papers/{id}/similar)
  HIGHLIGHTS: "highlights", // {tabId}: mark the paper's highlights in the tab, say which are not there
  PAPER_TREND: "paper-trend", // {paperId}: its upvotes since the library first saw them
  REMOVE_PAPER: "remove-paper", // {paperId}: delete it from the library (saving its page again brings it back)
});

// Far above anything the server takes (it refuses bodies over 10 MiB): they
// bound the work a message can cause, and leave the answer to the server.
export const CAPS = Object.freeze({ string: 1_000_000, items: 10_000, depth: 8 });

const isId = (v) => typeof v === "string" && v.length > 0 && v.length < 512;
const isText = (v, max = CAPS.string) => typeof v === "string" && v.length <= max;

/**
 * Plain JSON data (null, booleans, finite numbers, strings, arrays, plain
 * objects) within the caps: no string longer than CAPS.string, no more than
 * CAPS.items values in all, no deeper than CAPS.depth.
 */
export function isJsonish(value, caps = CAPS) {
  let items = 0;
  const walk = (v, depth) => {
    items += 1;
    if (items > caps.items || depth > caps.depth) return false;
    if (v === null || typeof v === "boolean") return true;
    if (typeof v === "number") return Number.isFinite(v);
    if (typeof v === "string") return v.length <= caps.string;
    if (Array.isArray(v)) return v.every((x) => walk(x, depth + 1));
    if (typeof v !== "object" || Object.getPrototypeOf(v) !== Object.prototype) return false;
    return Object.entries(v).every(([k, x]) => k.length <= caps.string && walk(x, depth + 1));
  };
  return walk(value, 0);
}

const isObject = (v) => Boolean(v) && typeof v === "object" && !Array.isArray(v);

const SHAPES = {
  [MSG.CAPTURE]: (m) => Number.isInteger(m.tabId) && m.tabId >= 0
    && [undefined, true, false].includes(m.asWebPage) && (m.title === undefined || isText(m.title, 4096)),
  [MSG.UPDATE_PAPER]: (m) => isId(m.paperId) && isObject(m.patch) && isJsonish(m.patch),
  [MSG.ADD_NOTE]: (m) => isId(m.paperId) && isText(m.body),
  [MSG.UPDATE_NOTE]: (m) => isId(m.noteId) && isText(m.body),
  [MSG.TEST_CONNECTION]: (m) => isText(m.serverUrl, 2048) && isText(m.token, 4096),
  [MSG.QUEUE_STATUS]: () => true,
  [MSG.SIMILAR]: (m) => isId(m.paperId),
  [MSG.HIGHLIGHTS]: (m) => Number.isInteger(m.tabId) && m.tabId >= 0,
  [MSG.PAPER_TREND]: (m) => isId(m.paperId),
  [MSG.REMOVE_PAPER]: (m) => isId(m.paperId),
};

/**
 * Only our own pages may ask the worker to act (they hold no token; the worker
 * does). A content script or a page in some tab is never trusted: its sender
 * URL is the web page's, not ours.
 */
export function acceptMessage(msg, sender) {
  if (sender?.id !== api.runtime.id) return false;
  if (typeof sender.url !== "string" || !sender.url.startsWith(extensionOrigin())) return false;
  return Boolean(isObject(msg) && Object.hasOwn(SHAPES, msg.type) && SHAPES[msg.type](msg));
}
