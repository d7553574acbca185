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
    // The selection as W3C selectors, when content/highlights.js was injected first.
    target: globalThis.papershelfHighlights?.selectionTarget() ?? null,
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
  const target = checkTarget(raw?.target);
  if (target) page.target = target;
  return page;
}

const isOffset = (v) => Number.isInteger(v) && v >= 0 && v <= 1e9;
const isString = (v, max) => typeof v === "string" && v.length <= max;

/**
 * The selection's target as the page gave it, if it has the shape
 * content/highlights.js makes (a quote and a position selector); else null, and the
 * server makes a quote selector from the selection text instead.
 */
export function checkTarget(target) {
  if (!target || typeof target !== "object" || !Array.isArray(target.selector)) return null;
  if (!isString(target.source, LIMITS.url) || !/^https?:\/\//i.test(target.source)) return null;
  const [quote, position] = target.selector;
  if (quote?.type !== "TextQuoteSelector" || position?.type !== "TextPositionSelector") return null;
  if (!isString(quote.exact, LIMITS.selection) || !quote.exact) return null;
  if (!isString(quote.prefix, 1024) || !isString(quote.suffix, 1024)) return null;
  if (!isOffset(position.start) || !isOffset(position.end) || position.end < position.start) return null;
  return {
    source: target.source,
    selector: [
      { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: "TextPositionSelector", start: position.start, end: position.end },
    ],
  };
}
