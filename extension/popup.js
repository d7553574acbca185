// The toolbar popup: opening it saves the current tab at once (one click);
// afterwards rating, status, tags and a note go to the paper as they change.
import { api } from "./lib/browser.js";
import { MSG } from "./lib/messages.js";
import { getSettings } from "./lib/settings.js";
import { trendText } from "./lib/trend.js";

const $ = (id) => document.getElementById(id);
let paper = null; // the single paper the edit form is about
let noteId = null; // the note this popup created, edited in place afterwards
let noteSent = ""; // the note text last sent, so a change event does not resend it

async function targetTabId() {
  // popup.html?tabId=N: the popup opened as a normal tab (tests, Firefox driver).
  const fromQuery = Number.parseInt(new URLSearchParams(location.search).get("tabId") ?? "", 10);
  if (Number.isInteger(fromQuery)) return fromQuery;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function show(state, text, detail = "") {
  $("status").dataset.state = state;
  $("status").textContent = text;
  $("detail").textContent = detail;
  $("detail").hidden = !detail;
}

// The form's fields by the name the server gives them: a 400 names the field
// ("tags[1]", "status", "body") and its message is shown next to it.
const FIELD_IDS = {
  rating: "rating", status: "paper-status", tags: "tags", body: "note",
  title: "title", authors: "authors", published: "published", doi: "doi", venue: "venue",
};
const fieldId = (field) => (typeof field === "string" ? FIELD_IDS[field.split(/[.[]/, 1)[0]] : undefined);

function markField(id, message) {
  $(`${id}-error`).textContent = message;
  $(`${id}-error`).hidden = !message;
  if (message) $(id).setAttribute("aria-invalid", "true");
  else $(id).removeAttribute("aria-invalid");
}

// A PDF saved by its URL alone may have no title yet: name it by its id.
const label = (p) => p.title || (p.arxiv_id ? `arXiv:${p.arxiv_id}` : p.doi || p.url || p.id);

function render(result) {
  $("fix").hidden = !(result.state === "error" && result.kind === "token");
  $("keep").hidden = true;
  $("listing").hidden = true;
  $("edit").hidden = true;
  $("similar").hidden = true;
  $("trend").hidden = true;
  paper = null;
  if (result.state === "error" && result.code === "no_paper") {
    offerWebPage(result);
    return show("error", "papershelf found no paper on this page");
  }
  if (result.state === "error" && result.code === "library_page") {
    return show("error", "this is a page of your papershelf library", "Open a paper's page there to rate, tag or note it.");
  }
  if (result.state === "error") return show("error", result.message);
  if (result.state === "queued") {
    return show("queued", "queued", `${result.message}; it will be sent when the server is back (${result.waiting} waiting).`);
  }
  const { papers } = result;
  if (papers.length === 0) return show("error", "papershelf found no paper on this page");
  const fresh = result.new.length;
  if (papers.length === 1) {
    if (result.restored?.includes(papers[0].id)) show("saved", "back in your library", label(papers[0]));
    else if (fresh) show("saved", label(papers[0]));
    else show("exists", "already in your library", label(papers[0]));
    if (!fresh && papers[0].upvotes != null) void showTrend(papers[0]);
    return openEditor(papers[0]);
  }
  showListing(papers, new Set(result.new));
  if (fresh === 0) return show("exists", "already in your library", `${papers.length} papers on this page`);
  const old = papers.length - fresh;
  return show("saved", `${papers.length} papers saved`, old ? `${old} were already in your library` : "");
}

// A listing's papers, in page order, the new ones marked: the one picked opens in the editor.
function showListing(papers, fresh) {
  $("listing-papers").replaceChildren(...papers.map((p) => {
    const item = document.createElement("li");
    // A link, not a button: a title wraps as text does, its number beside its first line.
    const pick = document.createElement("a");
    pick.href = "#";
    pick.className = "pick";
    pick.textContent = label(p);
    pick.addEventListener("click", (e) => {
      e.preventDefault();
      for (const other of $("listing-papers").querySelectorAll("a")) other.removeAttribute("aria-current");
      pick.setAttribute("aria-current", "true");
      openEditor(p);
    });
    item.append(pick);
    if (fresh.has(p.id)) {
      const mark = document.createElement("span");
      mark.className = "new";
      mark.textContent = "new";
      item.append(" ", mark);
    }
    return item;
  }));
  $("listing").hidden = false;
}

// No paper on the page: the reader may keep it as a web page, by the tab's title or one
// typed here (the server refuses one with no letter or digit, naming the title).
function offerWebPage(result) {
  const untitled = result.field === "title";
  if (!untitled) $("keep-title").value = result.title ?? "";
  markField("keep-title", untitled ? "a web page is kept by its title: type one" : "");
  $("keep").hidden = false;
}

// Papers like the saved one already in the library (the server's tf-idf): an
// extra, so any failure (an older server, no token) just leaves it hidden.
async function showSimilar(p) {
  const r = await api.runtime.sendMessage({ type: MSG.SIMILAR, paperId: p.id }).catch(() => null);
  if (r?.state !== "ok" || paper?.id !== p.id || !r.papers.length) return;
  const n = r.papers.length;
  $("similar-heading").textContent = `${n} ${n === 1 ? "paper" : "papers"} like this in your library`;
  const pages = await Promise.all(r.papers.map((s) => libraryPage(s.id)));
  $("similar-list").replaceChildren(...r.papers.map((s, i) => {
    const item = document.createElement("li");
    const title = document.createElement("a");
    title.href = pages[i];
    title.target = "_blank";
    title.rel = "noopener";
    title.textContent = label(s);
    const why = document.createElement("span");
    why.className = "why";
    why.textContent = s.reasons?.[0]?.text ?? "";
    item.append(title, why);
    return item;
  }));
  $("similar").hidden = false;
}

// A paper's page in the library (papershelf's Datasette): a link the browser opens, so the
// popup asks the server nothing (only the background worker talks to it).
async function libraryPage(id) {
  const { serverUrl } = await getSettings();
  return `${serverUrl}/data/library/papers/${encodeURIComponent(id)}`;
}

function openEditor(p) {
  paper = p;
  noteId = null;
  noteSent = "";
  for (const radio of document.querySelectorAll("input[name=rating]")) radio.checked = Number(radio.value) === p.rating;
  $("paper-status").value = p.status ?? "unread";
  $("tags").value = (p.tags ?? []).join(", ");
  $("note").value = "";
  showRecord(p);
  for (const id of Object.values(FIELD_IDS)) markField(id, "");
  $("edit").hidden = false;
  $("in-library").hidden = true;
  void libraryPage(p.id).then((href) => {
    if (paper?.id !== p.id) return;
    $("in-library").href = href;
    $("in-library").hidden = false;
  });
  void showSimilar(p);
}

// What the page was read as, for the reader to correct (the server keeps a correction
// against later captures of the page).
function showRecord(p) {
  $("title").value = p.title ?? "";
  $("authors").value = (p.authors ?? []).join("\n");
  $("published").value = p.published ?? "";
  $("doi").value = p.doi ?? "";
  $("venue").value = p.venue ?? "";
}

// A paper with upvotes (a Hugging Face page) saved before: how they moved since.
async function showTrend(p) {
  const r = await api.runtime.sendMessage({ type: MSG.PAPER_TREND, paperId: p.id }).catch(() => null);
  const text = r?.state === "ok" ? trendText(r.upvotes) : ""; // an extra, never an error
  if (!text || paper?.id !== p.id) return;
  $("trend").textContent = text;
  $("trend").title = `${r.upvotes.then} on ${r.upvotes.since.slice(0, 10)}, ${r.upvotes.now} on ${r.upvotes.observed_at.slice(0, 10)}`;
  $("trend").hidden = false;
}

// What waits in the offline queue and why, and captures it dropped: the worker
// tells those once, so they stay listed while this popup is open.
const dropped = [];
async function showQueue() {
  const r = await api.runtime.sendMessage({ type: MSG.QUEUE_STATUS }).catch(() => null); // an extra, never an error
  if (r?.state !== "ok") return;
  for (const d of r.dropped) dropped.push(`A queued capture of ${d.title || d.url} was dropped: ${d.message}`);
  const lines = [...dropped];
  // "Server unreachable" is the status line's to say; a refused token or a
  // server error is not, and waits for the user.
  const stuck = r.waiting > 0 && r.blocked && r.blocked.kind !== "unreachable";
  if (stuck) lines.unshift(`${r.waiting} queued ${r.waiting === 1 ? "capture waits" : "captures wait"}: ${r.blocked.message}`);
  $("queue").textContent = lines.join("\n");
  $("queue").hidden = lines.length === 0;
  if (stuck && r.blocked.kind === "token") $("fix").hidden = false;
}
// A drain in the background changes the queue while the popup is open.
api.storage.onChanged.addListener((_, area) => { if (area === "local") void showQueue(); });

// The paper's highlights, marked in the page by the worker; those it could not find
// here are listed, never dropped (they may be on another version of the paper).
async function showHighlights(tabId) {
  const r = await api.runtime.sendMessage({ type: MSG.HIGHLIGHTS, tabId }).catch(() => null);
  if (r?.state !== "ok" || r.found + r.missing.length === 0) return;
  const total = r.found + r.missing.length;
  $("highlights-summary").textContent = `${r.found} of ${total} ${total === 1 ? "highlight" : "highlights"} marked on this page`;
  $("not-found-list").replaceChildren(...r.missing.map((note) => {
    const item = document.createElement("li");
    item.dataset.note = note.id;
    item.textContent = `“${note.quote}”${note.body ? ` — ${note.body}` : ""}`;
    return item;
  }));
  $("not-found").hidden = r.missing.length === 0;
  $("highlights").hidden = false;
}

async function save(extra = {}) {
  $("save").disabled = true;
  show("saving", "Saving…");
  try {
    const tabId = await targetTabId();
    if (tabId === undefined) return render({ state: "error", message: "no tab to save" });
    const result = await api.runtime.sendMessage({ type: MSG.CAPTURE, tabId, ...extra });
    render(result);
    // A page kept as a web page has only its title: what it lacks is filled in here.
    if (extra.asWebPage && paper) $("record").open = true;
    if (result?.state === "saved" || result?.state === "exists") void showHighlights(tabId);
  } catch (err) {
    render({ state: "error", message: String(err?.message ?? err) });
  } finally {
    $("save").disabled = false;
  }
  await showQueue();
}

// What the user typed goes to the server as it is: the server alone decides
// what a rating, status, tag or note may be.
async function send(msg, { id, what, saved = () => `${what} saved` }) {
  $("edit-status").textContent = "saving…";
  let result;
  try {
    result = await api.runtime.sendMessage(msg);
  } catch (err) {
    result = { state: "error", kind: "other", message: String(err?.message ?? err) };
  }
  result ??= { state: "error", kind: "other", message: `papershelf did not take this ${what}` };
  const named = result.state === "error" ? fieldId(result.field) : undefined;
  if (result.state === "ok") markField(id, "");
  if (named) markField(named, result.message);
  $("edit-status").textContent = result.state === "ok" ? saved(result) : named ? `${what} not saved` : result.message;
  $("fix").hidden = result.kind !== "token";
}

const paperPatch = (fields) => ({ type: MSG.UPDATE_PAPER, paperId: paper.id, patch: fields });
const patch = (fields, id, what) => send(paperPatch(fields), { id, what });
// A correction is shown as the server stored it (tidied: "https://doi.org/10.1/x" is 10.1/x).
const correct = (fields, id, what) => send(paperPatch(fields), {
  id, what, saved: (r) => {
    showRecord(r.paper);
    // The title is the status line of a new paper, the line under it of one saved before or brought back.
    if (id === "title") $($("detail").hidden ? "status" : "detail").textContent = label(r.paper);
    return `${what} corrected`;
  },
});

$("rating").addEventListener("change", (e) => patch({ rating: Number(e.target.value) }, "rating", "rating"));
$("paper-status").addEventListener("change", (e) => patch({ status: e.target.value }, "paper-status", "status"));
// Only the list is read here ("a, b"); cleaning and de-duplicating are the
// server's, and item n of what was typed is the server's tags[n].
$("tags").addEventListener("change", (e) => patch({ tags: e.target.value.split(",").map((t) => t.trim()) }, "tags", "tags"));
// An emptied field clears it (null), except the title, which the server asks for.
const orNull = (text) => (text.trim() ? text : null);
$("title").addEventListener("change", (e) => correct({ title: e.target.value }, "title", "title"));
$("authors").addEventListener("change", (e) => correct({ authors: orNull(e.target.value) && e.target.value.split("\n") }, "authors", "authors"));
$("published").addEventListener("change", (e) => correct({ published: orNull(e.target.value.trim()) }, "published", "date"));
$("doi").addEventListener("change", (e) => correct({ doi: orNull(e.target.value) }, "doi", "DOI"));
$("venue").addEventListener("change", (e) => correct({ venue: orNull(e.target.value) }, "venue", "journal or proceedings"));
// The note goes out shortly after typing stops (a popup can close before a
// change event fires); one chain keeps a second keystroke from making a second note.
let noteTimer = null;
let noteChain = Promise.resolve();
function saveNote() {
  clearTimeout(noteTimer);
  const body = $("note").value;
  noteChain = noteChain.then(() => {
    if (body === noteSent) return undefined;
    noteSent = body;
    if (noteId) return send({ type: MSG.UPDATE_NOTE, noteId, body }, { id: "note", what: "note", saved: () => "note updated" });
    if (!body.trim()) return undefined;
    const saved = (r) => { noteId = r.note.id; return "note saved"; };
    return send({ type: MSG.ADD_NOTE, paperId: paper.id, body }, { id: "note", what: "note", saved });
  });
}
$("note").addEventListener("input", () => { clearTimeout(noteTimer); noteTimer = setTimeout(saveNote, 700); });
$("note").addEventListener("change", saveNote);
// No "are you sure": saving the page again brings the paper back whole (the server keeps a
// deleted paper's state, as a trash does).
async function remove() {
  const removed = paper;
  const result = await api.runtime.sendMessage({ type: MSG.REMOVE_PAPER, paperId: removed.id })
    .catch((err) => ({ state: "error", message: String(err?.message ?? err) }));
  if (result?.state !== "ok") {
    $("edit-status").textContent = result?.message ?? "papershelf did not remove it";
    $("fix").hidden = result?.kind !== "token";
    return;
  }
  for (const id of ["edit", "similar", "trend", "highlights", "listing"]) $(id).hidden = true;
  paper = null;
  show("removed", "removed from your library", `${label(removed)}. Save again to bring it back, with its rating, tags and notes.`);
}
$("remove").addEventListener("click", () => void remove());
$("edit").addEventListener("submit", (e) => e.preventDefault());
$("save").addEventListener("click", () => save());
$("keep").addEventListener("submit", (e) => {
  e.preventDefault();
  void save({ asWebPage: true, title: $("keep-title").value });
});
$("open-options").addEventListener("click", (e) => { e.preventDefault(); api.runtime.openOptionsPage(); });

save();
