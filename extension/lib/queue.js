// Captures that could not reach the server wait here (storage.local survives
// restarts of the browser and of the service worker) until it answers again.
// A queued capture keeps its capture_id, so a retry that the server already
// took (answer lost on the way back) is answered 200 and stores nothing twice.
import { api } from "./browser.js";
import { ApiError, UnreachableError, TokenRefusedError } from "./client.js";

const KEY = "queue";
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

export function enqueue(payload) {
  return serialised(async () => {
    const queue = (await queuedCaptures()).filter((p) => p.capture_id !== payload.capture_id);
    queue.push(payload);
    try {
      await api.storage.local.set({ [KEY]: queue });
    } catch {
      // Over the storage quota: keep the capture without its HTML; the server
      // can still normalise the page from its text.
      queue[queue.length - 1] = { ...payload, html: undefined };
      await api.storage.local.set({ [KEY]: queue });
    }
    return queue.length;
  });
}

/**
 * Send queued captures in order; stop at the first one the server cannot take
 * now (unreachable, token refused, 5xx, 429). A capture the server rejects
 * for good (4xx) is dropped, since sending it again would fail the same way.
 * Returns the number sent.
 */
export function drain(client) {
  return serialised(async () => {
    let sent = 0;
    for (const payload of await queuedCaptures()) {
      try {
        await client.capture(payload);
        sent += 1;
      } catch (err) {
        const retryLater = err instanceof UnreachableError || err instanceof TokenRefusedError
          || (err instanceof ApiError && (err.status >= 500 || err.status === 429));
        if (retryLater) break;
        console.warn("papershelf: dropping a queued capture the server refused", err);
      }
      const rest = (await queuedCaptures()).filter((p) => p.capture_id !== payload.capture_id);
      await api.storage.local.set({ [KEY]: rest });
    }
    return sent;
  });
}
