// Background: a service worker in Chromium, an event page in Firefox (same
// module). The only part of the extension that talks to the server.
import { api } from "./lib/browser.js";
import { getSettings, normaliseServerUrl } from "./lib/settings.js";
import { ApiError, Client, failure, UnreachableError } from "./lib/client.js";
import { drain, enqueue, queuedCaptures, queueReport } from "./lib/queue.js";
import { checkPage, readPage } from "./lib/page.js";
import { anchorAll } from "./lib/anchor.js";
import { acceptMessage, MSG } from "./lib/messages.js";

const MENU_ID = "save-selection";
const ADD_MENU_ID = "add-identifier";
const DRAIN_ALARM = "drain-queue";
const MARK = { text: "✓", color: "#15803d" };
const SIMILAR_SHOWN = 3; // "3 papers like this in your library" under a saved paper

async function client(settings) {
  // Any answered request proves the server is back: send what waits in the queue.
  return new Client(settings ?? (await getSettings()), { onSuccess: () => void drainSoon() });
}

// ---- capture -------------------------------------------------------------

async function captureTab(tabId, extra = {}) {
  let tab;
  let page;
  try {
    tab = await api.tabs.get(tabId);
    await injectHighlighter(tabId); // readPage asks it for the selection's selectors
    const [injection] = await api.scripting.executeScript({ target: { tabId }, func: readPage });
    page = checkPage(injection?.result, tab.url);
  } catch (err) {
    // PDFs (the browser's viewer) cannot be scripted; their URL alone names the
    // paper (arxiv.org/pdf/<id>), so send that rather than fail.
    if (!/^https?:\/\//.test(tab?.url ?? "")) return { state: "error", kind: "page", message: unreadable(err) };
    page = { url: tab.url, title: tab.title ?? "", selection: "" };
  }
  // The menu's selectionText is the fallback when the page's selection is gone.
  if (!page.selection && extra.selection) page.selection = extra.selection;
  const { target, ...fields } = page;
  const payload = { capture_id: crypto.randomUUID(), ...fields };
  // No paper on the page, and the reader keeps it anyway: by the title the reader gave.
  if (extra.asWebPage) {
    payload.as_web_page = true;
    if (typeof extra.title === "string") payload.title = extra.title;
  }
  if (typeof extra.note === "string") {
    payload.note = extra.note;
    if (target) payload.note_target = target; // the highlight's anchor in the page
  }
  return sendCapture(payload, tabId);
}

async function sendCapture(payload, tabId) {
  const settings = await getSettings();
  try {
    const { data } = await (await client(settings)).capture(payload).catch((err) => keptBefore(err, payload, settings));
    await markTab(tabId, data.papers.length > 0);
    return {
      state: data.new.length > 0 ? "saved" : "exists", papers: data.papers, new: data.new, note: data.note,
      restored: data.restored ?? [], // removed before, brought back whole by this save
      pageKind: data.kind ?? null, // how the server read the page: "web_page" when kept as one
    };
  } catch (err) {
    // The popup offers to keep a page with no paper as a web page, by its title.
    if (!serverAway(err)) return { ...failure(err), title: payload.title ?? "" };
    const waiting = await enqueue(payload);
    await api.alarms.create(DRAIN_ALARM, { periodInMinutes: 1 });
    await markTab(tabId, null);
    const message = err instanceof UnreachableError ? err.message : `papershelf at ${settings.serverUrl} is unavailable`;
    return { state: "queued", waiting, message };
  }
}

// A page with no paper that the reader kept as a web page before is found by its address,
// as the badge finds it: saved again, it is "already in your library", not "no paper".
// Not for a highlight: that one is sent again as a web page, to keep it (onMenuClick).
async function keptBefore(err, payload, settings) {
  const noPaper = err instanceof ApiError && err.code === "no_paper";
  if (!noPaper || payload.as_web_page || payload.note !== undefined) throw err;
  const known = await (await client(settings)).lookup(payload.url).catch(() => null);
  if (!known?.data.papers.length) throw err;
  // Found by its address or by an identity the address names: no page was read this time.
  return { data: { papers: known.data.papers, new: [], note: null, kind: null } };
}

// Unreachable, or a proxy in front of it says the server is down: keep the capture.
const serverAway = (err) => err instanceof UnreachableError || (err instanceof ApiError && [502, 503, 504].includes(err.status));

function unreadable(err) {
  console.info("papershelf: cannot read the page", err);
  return "papershelf saves web pages only, not browser or extension pages";
}

// ---- offline queue ---------------------------------------------------------

let draining = null;
function drainSoon() {
  draining ??= (async () => {
    if ((await queuedCaptures()).length === 0) return 0;
    const sent = await drain(new Client(await getSettings())); // no onSuccess: we are the drain
    if ((await queuedCaptures()).length === 0) await api.alarms.clear(DRAIN_ALARM);
    if (sent > 0) await refreshActiveTab();
    return sent;
  })().finally(() => { draining = null; });
  return draining;
}

// A fixed token or server URL may unblock the queue. A drain under way uses the
// old settings: start another once it is done.
api.storage.onChanged.addListener((changes, area) => {
  if (area !== "local" || !(changes.token || changes.serverUrl)) return;
  void Promise.resolve(draining).then(drainSoon, drainSoon);
});

// ---- badge ---------------------------------------------------------------

/** inLibrary: true = mark, false = clear, null = waiting in the queue. */
async function markTab(tabId, inLibrary) {
  if (tabId === undefined) return;
  const text = inLibrary ? MARK.text : inLibrary === null ? "…" : "";
  try {
    await api.action.setBadgeText({ tabId, text });
    if (text) await api.action.setBadgeBackgroundColor({ tabId, color: inLibrary ? MARK.color : "#6b7280" });
  } catch {
    // The tab closed meanwhile: nothing to mark.
  }
}

async function refreshBadge(tabId, url) {
  const settings = await getSettings();
  if (!/^https?:\/\//.test(url ?? "") || !settings.token || url.startsWith(settings.serverUrl)) return [];
  try {
    const { data } = await (await client(settings)).lookup(url);
    await markTab(tabId, data.papers.length > 0);
    return data.papers;
  } catch {
    // Server away or token wrong: the popup reports that when the user asks.
    return [];
  }
}

// ---- highlights in the page --------------------------------------------------

async function injectHighlighter(tabId) {
  await api.scripting.executeScript({ target: { tabId }, files: ["content/highlights.js"] });
}

// Where each highlight was found on a page before (it may differ from the target's
// own position: another version of the paper, another of its pages), tried first.
const rememberedKey = (url) => `anchors:${url}`;
async function remembered(url) {
  return (await api.storage.local.get(rememberedKey(url)))[rememberedKey(url)] ?? {};
}

/**
 * Mark the highlights of the paper(s) on this tab's page. Finds each by position,
 * then quote, then fuzzy quote (lib/anchor.js); remembers where it was found for this
 * page; {found, missing: [{id, kind, quote, body}]}. Throws when the page cannot be
 * scripted (a browser page, a PDF, a site the extension may not read).
 */
// A page marked before (its paper since removed) loses its marks; one never marked has none.
async function unmark(tabId) {
  try {
    await api.scripting.executeScript({ target: { tabId }, func: () => globalThis.papershelfHighlights?.mark([]) });
  } catch {
    // A page the extension may not script was never marked.
  }
}

async function showHighlights(tabId, url, papers) {
  const c = await client();
  const notes = [];
  for (const paper of papers.slice(0, 10)) {
    notes.push(...(await c.notes(paper.id)).data.notes.filter((n) => n.target?.selector?.length));
  }
  if (notes.length === 0) {
    await unmark(tabId);
    return { found: 0, missing: [] };
  }
  await injectHighlighter(tabId);
  const [page] = await api.scripting.executeScript({ target: { tabId }, func: () => globalThis.papershelfHighlights.pageText() });
  const before = await remembered(url);
  const { found, missing } = anchorAll(page?.result ?? "", notes, before);
  const marks = found.map(({ note, start, end }) => ({ id: note.id, start, end, kind: note.kind, body: note.body, quote: note.quote }));
  await api.scripting.executeScript({
    target: { tabId },
    func: (items) => globalThis.papershelfHighlights.mark(items),
    args: [marks],
  });
  const now = Object.fromEntries(found.map(({ note, start, end }) => [note.id, { start, end }]));
  if (JSON.stringify(now) !== JSON.stringify(before)) await api.storage.local.set({ [rememberedKey(url)]: now });
  const brief = (n) => ({ id: n.id, kind: n.kind, quote: n.quote ?? n.target.selector.find((s) => s.exact)?.exact ?? "", body: n.body });
  return { found: found.length, missing: missing.map(brief) };
}

async function highlightsOfTab(tabId) {
  const tab = await api.tabs.get(tabId);
  return showHighlights(tabId, tab.url, await refreshBadge(tabId, tab.url));
}

async function refreshActiveTab({ marks = false } = {}) {
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab) return;
  const papers = await refreshBadge(tab.id, tab.url);
  if (marks) await showHighlights(tab.id, tab.url, papers).catch(() => {});
}

api.tabs.onActivated.addListener(({ tabId }) => {
  api.tabs.get(tabId).then((tab) => refreshBadge(tabId, tab.url), () => {});
});
api.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== "complete") return;
  // Marking needs the site's permission; without it the popup marks them when opened.
  void refreshBadge(tabId, tab.url).then((papers) => papers.length && showHighlights(tabId, tab.url, papers)).catch(() => {});
});

// ---- context menu ----------------------------------------------------------

api.runtime.onInstalled.addListener(async () => {
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: MENU_ID, title: "Save selection to papershelf", contexts: ["selection"] });
  api.contextMenus.create({ id: ADD_MENU_ID, title: "Add the selected arXiv id or DOI to papershelf", contexts: ["selection"] });
});

/**
 * A paper named on a page (a reference list, a message): the server asks arXiv, PubMed or
 * doi.org for it (POST /api/papers/identified) and reads the identifiers itself; one a line,
 * or separated by commas or semicolons.
 */
async function addSelected(info, tab) {
  const identifiers = String(info.selectionText ?? "").split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean);
  let result;
  try {
    const { data } = await (await client()).addIdentified(identifiers); // the server says if too many
    const missed = data.not_added.map((m) => `${m.identifier}: ${m.reason}`);
    result = data.papers.length === 0
      ? { state: "error", kind: "api", message: `nothing added (${missed.join("; ")})` }
      : { state: "saved", papers: data.papers, message: `added ${data.papers.map((p) => `“${p.title ?? p.arxiv_id ?? p.doi}”`).join(", ")}`
        + (missed.length ? `; not added: ${missed.join("; ")}` : "") };
  } catch (err) {
    result = failure(err);
  }
  if (result.state === "error") {
    await api.action.setBadgeText({ tabId: tab.id, text: "!" });
    await api.action.setBadgeBackgroundColor({ tabId: tab.id, color: "#b91c1c" });
  }
  await api.action.setTitle({ tabId: tab.id, title: `papershelf: ${result.message}` });
  return result;
}

async function onMenuClick(info, tab) {
  if (info.menuItemId === ADD_MENU_ID && tab?.id !== undefined) return addSelected(info, tab);
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return undefined;
  // note "" asks the server for a bare highlight: a note whose quote is the selection.
  const highlight = { note: "", selection: String(info.selectionText ?? "") };
  let result = await captureTab(tab.id, highlight);
  // A highlight is the reader's wish to keep the page: one with no paper on it is kept as a
  // web page (by its title), the highlight on it, as Hypothesis annotates any page.
  if (result.state === "error" && result.code === "no_paper" && result.field !== "title") {
    result = await captureTab(tab.id, { ...highlight, asWebPage: true });
  }
  // No popup to talk in: the badge and its tooltip say how it went.
  if (result.state === "error") {
    await api.action.setBadgeText({ tabId: tab.id, text: "!" });
    await api.action.setBadgeBackgroundColor({ tabId: tab.id, color: "#b91c1c" });
  }
  await api.action.setTitle({ tabId: tab.id, title: `papershelf: ${describe(result)}` });
  if (result.note?.target) await highlightsOfTab(tab.id).catch(() => {}); // the new mark, at once
  return result;
}
api.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));

function describe(result) {
  if (result.state === "error" || result.state === "queued") return result.message;
  if (result.pageKind === "web_page") return "highlight saved, the page kept as a web page";
  return result.state === "saved" ? "highlight saved" : "highlight added to a paper already in your library";
}

// ---- messages from our own pages -------------------------------------------

async function handle(msg) {
  if (msg.type === MSG.CAPTURE) return captureTab(msg.tabId, { asWebPage: msg.asWebPage, title: msg.title });
  if (msg.type === MSG.QUEUE_STATUS) return { state: "ok", ...(await queueReport()) };
  if (msg.type === MSG.HIGHLIGHTS) {
    try {
      return { state: "ok", ...(await highlightsOfTab(msg.tabId)) };
    } catch (err) {
      return failure(err);
    }
  }
  try {
    if (msg.type === MSG.TEST_CONNECTION) {
      const settings = { serverUrl: normaliseServerUrl(msg.serverUrl), token: msg.token.trim() };
      return { state: "ok", ...(await (await client(settings)).status()).data };
    }
    const c = await client();
    if (msg.type === MSG.UPDATE_PAPER) return { state: "ok", paper: (await c.updatePaper(msg.paperId, msg.patch)).data };
    if (msg.type === MSG.ADD_NOTE) return { state: "ok", note: (await c.addNote(msg.paperId, { body: msg.body })).data };
    if (msg.type === MSG.UPDATE_NOTE) return { state: "ok", note: (await c.updateNote(msg.noteId, { body: msg.body })).data };
    if (msg.type === MSG.SIMILAR) return { state: "ok", papers: (await c.similar(msg.paperId, SIMILAR_SHOWN)).data.papers };
    if (msg.type === MSG.PAPER_TREND) return { state: "ok", upvotes: (await c.observations(msg.paperId)).data.upvotes };
    if (msg.type === MSG.REMOVE_PAPER) {
      await c.deletePaper(msg.paperId);
      await refreshActiveTab({ marks: true }); // the page's badge and highlights go with the paper
      return { state: "ok" };
    }
  } catch (err) {
    return failure(err);
  }
  return { state: "error", kind: "other", message: "unknown request" };
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!acceptMessage(msg, sender)) return false; // untrusted or malformed: no answer
  handle(msg).then(sendResponse, (err) => sendResponse(failure(err)));
  return true; // the answer comes asynchronously
});

api.alarms.onAlarm.addListener((alarm) => { if (alarm.name === DRAIN_ALARM) void drainSoon(); });
api.runtime.onStartup.addListener(() => void drainSoon());
void drainSoon(); // the worker also wakes for other events: a cheap check each time

// Test hook for the end-to-end tests (headless browsers cannot open native
// menus): the same functions the listeners above call.
globalThis.papershelf = { captureTab, onMenuClick, drainSoon, enqueue, queuedCaptures, refreshBadge, highlightsOfTab };
