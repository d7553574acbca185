// Options: where the server is and the token; both stay in storage.local.
import { api } from "./lib/browser.js";
import { MSG } from "./lib/messages.js";
import { DEFAULTS, getSettings, needsHostPermission, normaliseServerUrl, originPattern, saveSettings } from "./lib/settings.js";

const $ = (id) => document.getElementById(id);

function say(state, text) {
  $("result").dataset.state = state;
  $("result").textContent = text;
}

function formValues() {
  return { serverUrl: normaliseServerUrl($("server-url").value || DEFAULTS.serverUrl), token: $("token").value.trim() };
}

$("settings").addEventListener("submit", (e) => {
  e.preventDefault();
  let values;
  try {
    values = formValues();
  } catch (err) {
    return say("error", err.message);
  }
  // permissions.request must run in the click itself (before any await), or the
  // browser no longer counts it as the user's gesture.
  const granted = needsHostPermission(values.serverUrl)
    ? api.permissions.request({ origins: [originPattern(values.serverUrl)] })
    : Promise.resolve(true);
  granted.then(async (ok) => {
    if (!ok) return say("error", `papershelf needs your permission to reach ${values.serverUrl}`);
    await saveSettings(values);
    $("server-url").value = values.serverUrl;
    return say("ok", "Saved");
  }, (err) => say("error", String(err?.message ?? err)));
});

$("test").addEventListener("click", async () => {
  let values;
  try {
    values = formValues();
  } catch (err) {
    return say("error", err.message);
  }
  say("testing", "Testing…");
  const r = await api.runtime.sendMessage({ type: MSG.TEST_CONNECTION, ...values });
  if (r.state === "ok") {
    return say("ok", `papershelf ${r.version ?? ""} answers at ${values.serverUrl} and accepts the token "${r.token}" (${r.papers} papers)`);
  }
  if (r.kind === "token") {
    // 401: a wrong or revoked token; 403: a real token without the scope it needs.
    const why = /scope/.test(r.message ?? "") ? r.message.replace(/: check the options$/, "") : "refused the token";
    return say("error", `papershelf answers at ${values.serverUrl} but ${why}`);
  }
  return say("error", r.message);
});

getSettings().then(({ serverUrl, token }) => {
  $("server-url").value = serverUrl;
  $("token").value = token;
  document.body.dataset.ready = "true"; // the form holds the stored values now
});
