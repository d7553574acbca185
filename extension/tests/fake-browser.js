// A stand-in for the parts of the browser the modules under test use, installed
// through lib/browser.js's setBrowserApi. storage.local behaves as Chromium's:
// values are copied in and out (JSON), every call answers asynchronously (so
// concurrent callers interleave as they do against the real one), and a write
// that would pass the quota fails whole with Chromium's "QUOTA_BYTES quota
// exceeded" and stores nothing.
import { setBrowserApi } from "../lib/browser.js";

export const EXTENSION_ID = "abcdefghijklmnopabcdefghijklmnop";
export const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

const turn = () => new Promise((resolve) => setImmediate(resolve));
const copy = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

function event() {
  const listeners = [];
  return {
    listeners,
    addListener: (fn) => listeners.push(fn),
    emit: (...args) => listeners.forEach((fn) => fn(...args)),
  };
}

/** Chromium counts a key's length plus its value's JSON, in UTF-8 bytes. */
export function bytesOf(items) {
  const size = (s) => Buffer.byteLength(s, "utf8");
  return Object.entries(items).reduce((n, [k, v]) => n + size(k) + size(JSON.stringify(v)), 0);
}

export class FakeStorageArea {
  constructor({ quotaBytes = Infinity, failWrites = null } = {}) {
    this.items = {};
    this.quotaBytes = quotaBytes;
    this.failWrites = failWrites; // an Error every set() rejects with, when given
    this.onChanged = event();
    this.setCalls = 0; // every set(), stored or refused
  }

  async get(keys) {
    await turn();
    if (keys === null || keys === undefined) return copy(this.items);
    const names = typeof keys === "string" ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    const defaults = typeof keys === "object" && !Array.isArray(keys) ? keys : {};
    const out = {};
    for (const name of names) {
      if (name in this.items) out[name] = copy(this.items[name]);
      else if (name in defaults) out[name] = defaults[name];
    }
    return out;
  }

  async set(items) {
    this.setCalls += 1;
    await turn();
    if (this.failWrites) throw this.failWrites;
    const next = { ...this.items, ...copy(items) };
    if (bytesOf(next) > this.quotaBytes) throw new Error("QUOTA_BYTES quota exceeded");
    const changes = {};
    for (const [k, v] of Object.entries(copy(items))) changes[k] = { oldValue: this.items[k], newValue: v };
    this.items = next;
    this.onChanged.emit(changes, "local");
  }

  async remove(keys) {
    await turn();
    const changes = {};
    for (const k of typeof keys === "string" ? [keys] : keys) {
      if (k in this.items) changes[k] = { oldValue: this.items[k] };
      delete this.items[k];
    }
    if (Object.keys(changes).length) this.onChanged.emit(changes, "local");
  }
}

/** Install a fresh fake browser and return it (its storage area is `local`). */
export function installFakeBrowser(options = {}) {
  const local = new FakeStorageArea(options);
  const fake = {
    runtime: { id: EXTENSION_ID, getURL: (path) => ORIGIN + path },
    storage: { local, onChanged: local.onChanged },
  };
  setBrowserApi(fake);
  return { fake, local };
}
