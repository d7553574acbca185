// Injected into a page (scripting.executeScript with `files`) in the extension's
// isolated world, where the functions the background injects later find it as
// `papershelfHighlights`. A classic script: no imports, and injecting it twice is
// harmless.
//
// "The page's text" is the same string everywhere (the selectors' offsets count in
// it, lib/anchor.js searches it): the body's text nodes in document order, the
// contents of script, style, noscript and template left out. Marks only wrap text
// nodes, so marking never changes it.
(() => {
  if (globalThis.papershelfHighlights) return;

  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
  const CONTEXT_LENGTH = 32; // as lib/anchor.js
  const MARK_CLASS = "papershelf-highlight";
  const BOX_ID = "papershelf-note";

  function textNodes() {
    if (!document.body) return [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (SKIP.has(node.parentNode?.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    return nodes;
  }

  function pageText() {
    return textNodes().map((n) => n.data).join("");
  }

  /** The selection as W3C selectors over the page's text, or null when nothing is selected. */
  function selectionTarget() {
    const selection = globalThis.getSelection?.();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    let text = "";
    let start = null;
    let end = null;
    for (const node of textNodes()) {
      if (range.intersectsNode(node)) {
        if (start === null) start = text.length + (node === range.startContainer ? range.startOffset : 0);
        end = text.length + (node === range.endContainer ? range.endOffset : node.length);
      }
      text += node.data;
    }
    if (start === null || end <= start || !text.slice(start, end).trim()) return null;
    return {
      source: location.href,
      selector: [
        {
          type: "TextQuoteSelector",
          exact: text.slice(start, end),
          prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
          suffix: text.slice(end, end + CONTEXT_LENGTH),
        },
        { type: "TextPositionSelector", start, end },
      ],
    };
  }

  function clear() {
    document.getElementById(BOX_ID)?.remove();
    for (const mark of document.querySelectorAll(`mark.${MARK_CLASS}`)) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent.normalize();
    }
  }

  // The page's text nodes split at every highlight's start and end, once: [{node, start, end}]
  // in text order (a page-long walk per highlight would cost 200 walks for 200 highlights).
  function segmentsAt(cuts) {
    const points = [...new Set(cuts)].sort((a, b) => a - b);
    const segments = [];
    let at = 0;
    let next = 0;
    for (const node of textNodes()) {
      const nodeEnd = at + node.length;
      while (next < points.length && points[next] <= at) next += 1;
      let current = node;
      let from = at;
      for (; next < points.length && points[next] < nodeEnd; next += 1) {
        const rest = current.splitText(points[next] - from);
        segments.push({ node: current, start: from, end: points[next] });
        current = rest;
        from = points[next];
      }
      segments.push({ node: current, start: from, end: nodeEnd });
      at = nodeEnd;
    }
    return segments;
  }

  function wrapSegment(node, highlight) {
    const mark = document.createElement("mark");
    mark.className = MARK_CLASS;
    mark.dataset.papershelfNote = highlight.id;
    mark.dataset.kind = highlight.kind;
    node.parentNode.insertBefore(mark, node);
    mark.appendChild(node);
  }

  const notes = new Map(); // note id -> what a click on its mark shows

  /**
   * Mark these highlights ({id, start, end, kind, body, quote}), replacing earlier marks;
   * where two overlap, the text they share is marked once, for the one starting first.
   */
  function mark(highlights) {
    clear();
    notes.clear();
    addStyle();
    const sorted = [...highlights].sort((a, b) => a.start - b.start);
    const segments = segmentsAt(sorted.flatMap((h) => [h.start, h.end]));
    const marked = new Set();
    let first = 0;
    for (const h of sorted) {
      notes.set(h.id, h);
      while (first < segments.length && segments[first].end <= h.start) first += 1;
      for (let i = first; i < segments.length && segments[i].start < h.end; i += 1) {
        const { node, start } = segments[i];
        // Whitespace between blocks has nothing to show, and a <mark> there (in a table
        // row, say) would break the page's structure.
        if (start < h.start || marked.has(i) || !node.data.trim()) continue;
        marked.add(i);
        wrapSegment(node, h);
      }
    }
    return marked.size;
  }

  function addStyle() {
    if (document.getElementById("papershelf-style")) return;
    const style = document.createElement("style");
    style.id = "papershelf-style";
    style.textContent = `
      mark.${MARK_CLASS} { background: #fde68a; color: inherit; cursor: pointer; }
      mark.${MARK_CLASS}[data-kind="question"] { background: #bfdbfe; }
      mark.${MARK_CLASS}[data-kind="to-cite"] { background: #bbf7d0; }
      mark.${MARK_CLASS}[data-kind="note"] { background: #fbcfe8; }
      #${BOX_ID} { position: absolute; z-index: 2147483647; max-width: 28em; padding: .5em .75em;
        background: #fff; color: #111; border: 1px solid #9ca3af; border-radius: 6px;
        box-shadow: 0 2px 8px rgba(0,0,0,.2); font: 14px/1.4 system-ui, sans-serif; white-space: pre-wrap; }
      #${BOX_ID} strong { display: block; font-size: 12px; color: #6b7280; }`;
    (document.head ?? document.documentElement).append(style);
  }

  // The note of a clicked mark, in a box under it. Outside the body, so the page's
  // text stays the same; the note is text, never HTML.
  function show(markEl) {
    const note = notes.get(markEl.dataset.papershelfNote);
    if (!note) return;
    document.getElementById(BOX_ID)?.remove();
    const box = document.createElement("div");
    box.id = BOX_ID;
    box.setAttribute("role", "note");
    const label = document.createElement("strong");
    label.textContent = `papershelf · ${note.kind}`;
    box.append(label, note.body || note.quote || "");
    const rect = markEl.getBoundingClientRect();
    box.style.left = `${rect.left + window.scrollX}px`;
    box.style.top = `${rect.bottom + window.scrollY + 4}px`;
    document.documentElement.append(box);
  }

  document.addEventListener("click", (event) => {
    const markEl = event.target instanceof Element ? event.target.closest(`mark.${MARK_CLASS}`) : null;
    if (markEl) show(markEl);
    else if (!(event.target instanceof Element && event.target.closest(`#${BOX_ID}`))) {
      document.getElementById(BOX_ID)?.remove();
    }
  });

  globalThis.papershelfHighlights = { pageText, selectionTarget, mark };
})();
