// The one place that touches the browser's extension API, and the seam the unit
// tests (extension/tests/) replace. Everything else imports `api` from here and
// never names `browser` or `chrome`, so what the extension uses is listed below
// and nowhere else: a new use of the browser starts by adding it here.

/**
 * The browser APIs the extension uses, taken from Firefox's `browser` or
 * Chromium's `chrome` (both return promises under MV3). Methods are bound to
 * their namespace (storage areas need it); events are passed as they are.
 */
export function narrowBrowserApi(raw) {
  const bind = (ns, ...names) => Object.fromEntries(names.map((n) => [n, ns[n].bind(ns)]));
  // Chromium and Firefox MV3 both call it `action`; an MV2-era build without it
  // fails loudly here rather than deep inside a badge update.
  const action = raw.action ?? raw.browserAction;
  return {
    action: bind(action, "setBadgeText", "setBadgeBackgroundColor", "setTitle"),
    alarms: { ...bind(raw.alarms, "create", "clear"), onAlarm: raw.alarms.onAlarm },
    contextMenus: { ...bind(raw.contextMenus, "create", "removeAll"), onClicked: raw.contextMenus.onClicked },
    permissions: bind(raw.permissions, "request"),
    runtime: {
      id: raw.runtime.id,
      ...bind(raw.runtime, "getURL", "sendMessage", "openOptionsPage"),
      onMessage: raw.runtime.onMessage,
      onInstalled: raw.runtime.onInstalled,
      onStartup: raw.runtime.onStartup,
    },
    scripting: bind(raw.scripting, "executeScript"),
    storage: { local: bind(raw.storage.local, "get", "set", "remove"), onChanged: raw.storage.onChanged },
    tabs: {
      ...bind(raw.tabs, "get", "query"),
      onActivated: raw.tabs.onActivated,
      onUpdated: raw.tabs.onUpdated,
    },
  };
}

const raw = globalThis.browser ?? globalThis.chrome;

// A live binding: modules that imported `api` see the fake a test installs.
// Outside a browser (node's test runner) it stays null until one is installed.
export let api = raw?.runtime?.id ? narrowBrowserApi(raw) : null;

/**
 * For tests: use `fake` as the browser. It needs only the parts of the shape
 * above that the code under test calls; it is used as given, not narrowed.
 */
export function setBrowserApi(fake) {
  api = fake;
}

/** The extension's own origin, e.g. "chrome-extension://<id>/". */
export function extensionOrigin() {
  return api.runtime.getURL("");
}
