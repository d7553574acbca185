// HTTP client for the papershelf API (docs/api.md). Only the background worker
// imports this: pages and content scripts never hold the token.

/** The server could not be reached at all (down, wrong URL, offline). */
export class UnreachableError extends Error {}
/** The server answered 401: the token is missing, wrong or revoked. */
export class TokenRefusedError extends Error {}
/** Any other non-2xx answer; `status` and the server's `error` code kept. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `papershelf answered ${status}`);
    this.status = status;
    this.code = body?.error ?? null;
  }
}

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
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: "no-store",
      });
    } catch (err) {
      // fetch rejects only when no HTTP answer came back.
      throw new UnreachableError(`cannot reach papershelf at ${this.serverUrl}`, { cause: err });
    }
    if (resp.status === 401) throw new TokenRefusedError("the token was refused: check the options");
    const data = resp.status === 204 ? null : await resp.json().catch(() => null);
    if (!resp.ok) throw new ApiError(resp.status, data);
    this.onSuccess?.();
    return { status: resp.status, data };
  }

  status() { return this.request("GET", "/api/status"); }
  capture(payload) { return this.request("POST", "/api/captures", payload); }
  lookup(url) { return this.request("GET", `/api/lookup?url=${encodeURIComponent(url)}`); }
  updatePaper(id, patch) { return this.request("PATCH", `/api/papers/${encodeURIComponent(id)}`, patch); }
  addNote(paperId, note) {
    return this.request("POST", `/api/papers/${encodeURIComponent(paperId)}/notes`, note);
  }
  updateNote(id, patch) { return this.request("PATCH", `/api/notes/${encodeURIComponent(id)}`, patch); }
}
