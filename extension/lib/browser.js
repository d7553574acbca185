// The one place that touches the browser's extension API. Firefox has the
// promise-based `browser`; Chromium's `chrome` returns promises too under MV3,
// so everything else imports `api` from here and never names either.
export const api = globalThis.browser ?? globalThis.chrome;

// Chromium calls the toolbar API `action`; Firefox MV3 too, but keep the
// fallback so an MV2-era Firefox build fails loudly here rather than deep inside.
export const action = api.action ?? api.browserAction;

/** The extension's own origin, e.g. "chrome-extension://<id>/". */
export const extensionOrigin = api.runtime.getURL("");
