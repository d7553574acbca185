// readPage is injected into the captured tab with scripting.executeScript, so
// it must be self-contained (it is serialised; no imports, no closures). It
// runs after the page's own scripts, so the HTML is the DOM as rendered.
export function readPage() {
  return {
    url: location.href,
    title: document.title,
    html: document.documentElement.outerHTML,
    text: document.body ? document.body.innerText : "",
    selection: String(globalThis.getSelection?.() ?? ""),
  };
}

const LIMITS = { url: 8192, title: 4096, html: 9_000_000, text: 2_000_000, selection: 100_000 };

/**
 * What comes back from the page is untrusted: a hostile page can shape its own
 * DOM. Keep only the expected string fields, cut to sizes the server accepts
 * (it answers 413 over 10 MB), and insist on an http(s) URL.
 */
export function checkPage(raw, fallbackUrl) {
  const page = {};
  for (const [key, limit] of Object.entries(LIMITS)) {
    const value = raw && typeof raw[key] === "string" ? raw[key] : "";
    page[key] = value.length > limit ? (key === "html" ? "" : value.slice(0, limit)) : value;
  }
  if (!/^https?:\/\//i.test(page.url)) page.url = fallbackUrl ?? "";
  if (!/^https?:\/\//i.test(page.url)) throw new Error("papershelf saves web pages only (http or https)");
  if (!page.html) delete page.html; // too big: the text alone still normalises
  return page;
}
