// api.js talks to hadath's JSON API under /api/v1.

const base = "/api/v1";

// APIError is an error answer of the API: {"error":{"code","message"}}.
export class APIError extends Error {
  constructor(status, code, message) {
    super(message || "request failed with status " + status);
    this.status = status;
    this.code = code || "";
  }
}

// get fetches a JSON resource, throwing APIError on error answers.
async function get(path, params) {
  const qs = params && params.toString();
  const res = await fetch(base + path + (qs ? "?" + qs : ""), { headers: { Accept: "application/json" } });
  return decode(res);
}

// decode reads a response's JSON, or throws its error.
async function decode(res) {
  let body = null;
  try {
    body = await res.json();
  } catch {
    // not JSON
  }
  if (!res.ok) {
    const e = (body && body.error) || {};
    throw new APIError(res.status, e.code, e.message);
  }
  return body;
}

// events lists events: {total, limit, offset, items}.
export function events(params) {
  return get("/events", params);
}

// event returns {event, document} for one event id.
export function event(id) {
  return get("/events/" + encodeURIComponent(id));
}

// incidents lists incidents: {total, items}.
export function incidents(params) {
  return get("/incidents", params);
}

// incident returns one incident with its events and joins.
export function incident(id) {
  return get("/incidents/" + encodeURIComponent(id));
}

// stats counts events and incidents by day or week: {by, rows}.
export function stats(params, by) {
  const q = new URLSearchParams(params);
  q.set("by", by);
  return get("/stats", q);
}

// extract codes text without storing it and returns the result. token,
// when given, is sent as a bearer token.
export async function extract(text, published, token) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (token) headers.Authorization = "Bearer " + token;
  const body = { text };
  if (published) body.published = published;
  const res = await fetch(base + "/extract", { method: "POST", headers, body: JSON.stringify(body) });
  return decode(res);
}

// exportURL is the URL that downloads the events passing params in format
// (csv, geojson or jsonl).
export function exportURL(params, format) {
  const q = new URLSearchParams(params);
  q.delete("limit");
  q.delete("offset");
  q.set("format", format);
  return base + "/events?" + q.toString();
}

// statKey returns a stats row's key for dimension dim, whether the server
// writes keys as an object ({"day": "2024-01-20"}) or a list.
export function statKey(row, by, dim) {
  const k = row.key;
  if (Array.isArray(k)) return k[by.indexOf(dim)] ?? k[0];
  if (k && typeof k === "object") return k[dim];
  return k;
}

// streamURL is the URL of the server-sent events of new records.
export function streamURL() {
  return base + "/stream";
}
