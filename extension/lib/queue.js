// Captures that could not reach the server wait here (storage.local survives
// restarts of the browser and of the service worker) until it answers again.
// A queued capture keeps its capture_id, so a retry that the server already
// took (answer lost on the way back) is answered 200 and stores nothing twice.
import { api } from "./browser.js";
import { ApiError, failure } from "./client.js";

const KEY = "queue";
// Why the last drain stopped ({kind, message}), and the captures the server
// refused for good, kept until the popup has told the user.
const BLOCKED = "queueBlocked";
const DROPPED = "queueDropped";

// Chromium gives storage.local 10 MB in all, and the settings live there too:
// a full queue must not stop the user from saving a new token. Queued HTML gets
// half; past that a capture waits without it (URL, text and selection still
// identify the paper).
const HTML_BUDGET = 5_000_000; // bytes of UTF-8, as the quota counts them
const htmlBytes = (p) => (p.html ? new TextEncoder().encode(p.html).length : 0);

function withoutHtml(payload) {
  const lighter = { ...payload };
  delete lighter.html;
  return lighter;
}

let lock = Promise.resolve();

// Every read-modify-write of the queue runs one at a time: a drain and a new
// capture must not overwrite each other's copy of the list.
function serialised(fn) {
  const run = lock.then(fn, fn);
  lock = run.catch(() => {});
  return run;
}

export async function queuedCaptures() {
  return (await api.storage.local.get(KEY))[KEY] ?? [];
}

// The popup saves each time it opens, and "Save again" too, each with a new
// capture_id: while offline that is the same page queued again. A highlight
// (it has a note) is a capture of its own unless its note and quote repeat.
function repeats(queued, payload) {
  if (queued.url !== payload.url || ("note" in queued) !== ("note" in payload)) return false;
  return !("note" in payload) || (queued.note === payload.note && queued.selection === payload.selection);
}

/** Queue a capture (or refresh its queued copy); returns how many wait. */
export function enqueue(payload) {
  return serialised(async () => {
    const queue = await queuedCaptures();
    let at = queue.findIndex((q) => repeats(q, payload));
    if (at >= 0 && "note" in payload) return queue.length; // that highlight already waits
    if (at < 0) at = queue.length;
    // A newer copy of the page, under the older capture_id: if that one did
    // reach the server (its answer lost), the retry still adds nothing.
    queue[at] = { ...payload, capture_id: queue[at]?.capture_id ?? payload.capture_id };
    if (queue.reduce((n, p) => n + htmlBytes(p), 0) > HTML_BUDGET) queue[at] = withoutHtml(queue[at]);
    await store(queue, at);
    return queue.length;
  });
}

// Over the quota all the same (long texts, other data): store the new capture
// without its HTML, then every queued one, rather than lose the capture.
async function store(queue, at) {
  const attempts = [queue, queue.map((p, i) => (i === at ? withoutHtml(p) : p)), queue.map(withoutHtml)];
  for (const [i, attempt] of attempts.entries()) {
    try {
      return await api.storage.local.set({ [KEY]: attempt });
    } catch (err) {
      if (!/quota/i.test(`${err?.name} ${err?.message}`) || i === attempts.length - 1) throw err;
    }
  }
  return undefined;
}

// 400: the server will never take this capture. 413 even without the HTML
// (Client.capture already retried without it): the same.
const refusedForGood = (err) => err instanceof ApiError && (err.status === 400 || err.status === 413);

/**
 * Send queued captures in order; stop at the first one the server cannot take
 * now (unreachable, token refused or without the write scope, 429, 5xx, other
 * 4xx the user may fix), keep it and the rest, and record why. A capture
 * refused for good is dropped and recorded for the popup to tell.
 * Returns the number sent.
 */
export function drain(client) {
  return serialised(async () => {
    let sent = 0;
    let blocked = null;
    for (const payload of await queuedCaptures()) {
      const update = {};
      try {
        await client.capture(payload);
        sent += 1;
      } catch (err) {
        if (!refusedForGood(err)) {
          blocked = failure(err);
          break;
        }
        console.warn("papershelf: dropping a queued capture the server refused", err);
        const dropped = (await api.storage.local.get(DROPPED))[DROPPED] ?? [];
        const told = { url: payload.url, title: payload.title ?? "", message: failure(err).message };
        update[DROPPED] = [...dropped, told].slice(-10);
      }
      update[KEY] = (await queuedCaptures()).filter((p) => p.capture_id !== payload.capture_id);
      await api.storage.local.set(update);
    }
    await (blocked ? api.storage.local.set({ [BLOCKED]: blocked }) : api.storage.local.remove(BLOCKED));
    return sent;
  });
}

/** For the popup: how many wait, why, and what was dropped (told once). */
export function queueReport() {
  return serialised(async () => {
    const got = await api.storage.local.get([KEY, BLOCKED, DROPPED]);
    if (got[DROPPED]) await api.storage.local.remove(DROPPED);
    return { waiting: (got[KEY] ?? []).length, blocked: got[BLOCKED] ?? null, dropped: got[DROPPED] ?? [] };
  });
}
