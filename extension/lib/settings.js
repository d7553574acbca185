// Where the user's papershelf server lives and the token that opens it.
import { api } from "./browser.js";

export const DEFAULTS = Object.freeze({ serverUrl: "http://127.0.0.1:8000", token: "" });

export async function getSettings() {
  const stored = await api.storage.local.get(["serverUrl", "token"]);
  return { ...DEFAULTS, ...stored };
}

export async function saveSettings({ serverUrl, token }) {
  await api.storage.local.set({ serverUrl: normaliseServerUrl(serverUrl), token: token.trim() });
}

/** "http://host:8000/" -> "http://host:8000"; throws on anything but http(s). */
export function normaliseServerUrl(raw) {
  const text = String(raw).trim();
  if (!URL.canParse(text)) throw new Error(`the server URL "${text}" is not a URL like ${DEFAULTS.serverUrl}`);
  const url = new URL(text);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error("the server URL must start with http:// or https://");
  }
  return (url.origin + url.pathname).replace(/\/+$/, "");
}

// Loopback is granted by the manifest; any other server needs an optional host
// permission, asked for from the options page (a user gesture is required).
export function needsHostPermission(serverUrl) {
  const { hostname } = new URL(serverUrl);
  return !(hostname === "127.0.0.1" || hostname === "localhost");
}

export function originPattern(serverUrl) {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
