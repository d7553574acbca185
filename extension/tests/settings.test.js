// lib/settings.js: the server URL and token the options page stores.
import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";

import {
  DEFAULTS, getSettings, needsHostPermission, normaliseServerUrl, originPattern, saveSettings,
} from "../lib/settings.js";
import { installFakeBrowser } from "./fake-browser.js";

let local;
beforeEach(() => {
  ({ local } = installFakeBrowser());
});

describe("normaliseServerUrl", () => {
  const tidied = [
    ["http://127.0.0.1:8000/", "http://127.0.0.1:8000"],
    ["  http://127.0.0.1:8000  ", "http://127.0.0.1:8000"],
    ["HTTP://LocalHost:8000//", "http://localhost:8000"],
    ["https://shelf.example.org/papershelf/", "https://shelf.example.org/papershelf"],
    ["http://example.org:80/", "http://example.org"],
    ["http://example.org/?q=1#top", "http://example.org"],
  ];
  for (const [raw, want] of tidied) {
    it(`tidies ${JSON.stringify(raw)} to ${want}`, () => assert.equal(normaliseServerUrl(raw), want));
  }

  for (const raw of ["ftp://example.org", "javascript:alert(1)", "file:///etc/passwd", "chrome-extension://x/"]) {
    it(`refuses ${raw}, naming what it must start with`, () => {
      assert.throws(() => normaliseServerUrl(raw), { message: "the server URL must start with http:// or https://" });
    });
  }

  for (const raw of ["127.0.0.1:8000", "http://exa mple.org", " not a url "]) {
    it(`refuses ${JSON.stringify(raw)}, which is no URL at all, and says so`, () => {
      const message = `the server URL "${raw.trim()}" is not a URL like http://127.0.0.1:8000`;
      assert.throws(() => normaliseServerUrl(raw), { message });
    });
  }
});

describe("host permissions", () => {
  it("asks for none on loopback, which the manifest grants", () => {
    assert.equal(needsHostPermission("http://127.0.0.1:8000"), false);
    assert.equal(needsHostPermission("http://localhost:9000"), false);
  });

  it("asks for any other server, by a pattern without the port", () => {
    assert.equal(needsHostPermission("https://shelf.example.org/papershelf"), true);
    assert.equal(needsHostPermission("http://127.0.0.2:8000"), true);
    assert.equal(originPattern("https://shelf.example.org:8443/papershelf"), "https://shelf.example.org/*");
  });
});

describe("stored settings", () => {
  it("are the defaults until saved", async () => {
    assert.deepEqual(await getSettings(), DEFAULTS);
  });

  it("are saved tidied: the URL normalised, the token trimmed", async () => {
    await saveSettings({ serverUrl: "http://192.168.1.5:8000/ ", token: "  secret-token\n" });
    assert.deepEqual(local.items, { serverUrl: "http://192.168.1.5:8000", token: "secret-token" });
    assert.deepEqual(await getSettings(), { serverUrl: "http://192.168.1.5:8000", token: "secret-token" });
  });

  it("are not saved at all when the URL is refused", async () => {
    await assert.rejects(saveSettings({ serverUrl: "ftp://example.org", token: "t" }), /must start with http/);
    assert.deepEqual(local.items, {});
  });
});
