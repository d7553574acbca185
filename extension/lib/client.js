// HTTP client for the papershelf API (docs/api.md). Only the background worker
// imports this: pages and content scripts never hold the token.

/** The server could not be reached at all (down, wrong URL, offline). */
export class UnreachableError extends Error {}
/**
 * The server answered 401 (the token is missing, wrong or revoked) or 403 (it
 * lacks the scope): either way the user fixes it in the options.
 */
export class TokenRefusedError extends Error {}
/**
 * Any other non-2xx answer; `status`, the server's `error` code and the `field`
 * its 400 names (e.g. "tags[1]") kept.
 */
export class ApiError extends Error {
  constructor(status, body) {
    super(typeof body?.message === "string" ? body.message : `papershelf answered ${status}`);
    this.status = status;
    this.code = typeof body?.error === "string" ? body.error : null;
    this.field = typeof body?.field === "string" ? body.field : null;
  }
}

/**
 * Half of a two-unit character (an emoji a site cut in two) is written U+FFFD, as the
 * browser shows it: JSON.stringify would write the half as an escape of its own,
 * which no strict JSON reader takes, and the whole capture or note would be refused.
 */
const wellFormed = (key, value) => (typeof value === "string" && value.toWellFormed ? value.toWellFormed() : value);

export class Client {
  /** onSuccess runs after every answered request: the queue drains on it. */
  constructor({ serverUrl, token }, { onSuccess } = {}) {
    this.serverUrl = serverUrl;
    this.token = token;
    this.onSuccess = onSuccess;
  }

  async request(method, path, body) {
    let resp;
    try {
      resp = await fetch(this.serverUrl + path, {
        method,
        headers: {
          Authorization: `Bearer ${this.token}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body, wellFormed),
        cache: "no-store",
      });
    } catch (err) {
      // fetch rejects only when no HTTP answer came back.
      throw new UnreachableError(`cannot reach papershelf at ${this.serverUrl}`, { cause: err });
    }
    if (resp.status === 401) throw new TokenRefusedError("the token was refused: check the options");
    if (resp.status === 403) {
      const scope = method === "GET" ? "read" : "write";
      throw new TokenRefusedError(`the token lacks the ${scope} scope: check the options`);
    }
    const data = resp.status === 204 ? null : await resp.json().catch(() => null);
    if (!resp.ok) throw new ApiError(resp.status, data);
    this.onSuccess?.();
    return { status: resp.status, data };
  }

  status() { return this.request("GET", "/api/status"); }
  async capture(payload) {
    try {
      return await this.request("POST", "/api/captures", payload);
    } catch (err) {
      // 413: the page's HTML made the body too large. The URL, text and
      // selection still identify the paper, so send those rather than lose the
      // capture (the server stored nothing under this capture_id).
      if (!(err instanceof ApiError && err.status === 413 && payload.html)) throw err;
      return this.request("POST", "/api/captures", { ...payload, html: undefined });
    }
  }
  addIdentified(identifiers) { return this.request("POST", "/api/papers/identified", { identifiers }); }
  lookup(url) { return this.request("GET", `/api/lookup?url=${encodeURIComponent(url)}`); }
  updatePaper(id, patch) { return this.request("PATCH", `/api/papers/${encodeURIComponent(id)}`, patch); }
  deletePaper(id) { return this.request("DELETE", `/api/papers/${encodeURIComponent(id)}`); }
  notes(paperId) { return this.request("GET", `/api/papers/${encodeURIComponent(paperId)}/notes`); }
  addNote(paperId, note) {
    return this.request("POST", `/api/papers/${encodeURIComponent(paperId)}/notes`, note);
  }
  similar(id, limit) {
    return this.request("GET", `/api/papers/${encodeURIComponent(id)}/similar?limit=${limit}`);
  }
  updateNote(id, patch) { return this.request("PATCH", `/api/notes/${encodeURIComponent(id)}`, patch); }
  observations(paperId) {
    return this.request("GET", `/api/papers/${encodeURIComponent(paperId)}/observations`);
  }
}

/** How the popup and the queue tell the user what went wrong. */
export function failure(err) {
  if (err instanceof TokenRefusedError) return { state: "error", kind: "token", message: err.message };
  if (err instanceof UnreachableError) return { state: "error", kind: "unreachable", message: err.message };
  if (err instanceof ApiError) {
    return { state: "error", kind: "api", message: `papershelf said: ${err.message}`, field: err.field, code: err.code };
  }
  return { state: "error", kind: "other", message: String(err?.message ?? err) };
}
