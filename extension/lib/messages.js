// The messages extension pages (popup, options) send to the background worker,
// and the checks that decide whether one is acceptable.
import { api, extensionOrigin } from "./browser.js";

export const MSG = Object.freeze({
  CAPTURE: "capture", // {tabId}
  UPDATE_PAPER: "update-paper", // {paperId, patch: {rating?, status?, tags?}}
  ADD_NOTE: "add-note", // {paperId, body}
  UPDATE_NOTE: "update-note", // {noteId, body}
  TEST_CONNECTION: "test-connection", // {serverUrl, token}
  QUEUE_STATUS: "queue-status", // {}
});

export const STATUSES = ["unread", "reading", "read", "skipped"];

const isId = (v) => typeof v === "string" && v.length > 0 && v.length < 512;
const isText = (v, max = 100_000) => typeof v === "string" && v.length <= max;

function isPatch(p) {
  if (!p || typeof p !== "object" || Array.isArray(p)) return false;
  const keys = Object.keys(p);
  if (keys.length === 0 || keys.some((k) => !["rating", "status", "tags"].includes(k))) return false;
  if ("rating" in p && !(p.rating === null || (Number.isInteger(p.rating) && p.rating >= 1 && p.rating <= 5))) return false;
  if ("status" in p && !STATUSES.includes(p.status)) return false;
  if ("tags" in p && !(Array.isArray(p.tags) && p.tags.length <= 100 && p.tags.every((t) => isText(t, 200)))) return false;
  return true;
}

const SHAPES = {
  [MSG.CAPTURE]: (m) => Number.isInteger(m.tabId) && m.tabId >= 0,
  [MSG.UPDATE_PAPER]: (m) => isId(m.paperId) && isPatch(m.patch),
  [MSG.ADD_NOTE]: (m) => isId(m.paperId) && isText(m.body),
  [MSG.UPDATE_NOTE]: (m) => isId(m.noteId) && isText(m.body),
  [MSG.TEST_CONNECTION]: (m) => isText(m.serverUrl, 2048) && isText(m.token, 4096),
  [MSG.QUEUE_STATUS]: () => true,
};

/**
 * Only our own pages may ask the worker to act (they hold no token; the worker
 * does). A content script or a page in some tab is never trusted: its sender
 * URL is the web page's, not ours. The shape is checked field by field.
 */
export function acceptMessage(msg, sender) {
  if (sender?.id !== api.runtime.id) return false;
  if (typeof sender.url !== "string" || !sender.url.startsWith(extensionOrigin())) return false;
  return Boolean(msg && typeof msg === "object" && SHAPES[msg.type]?.(msg));
}
