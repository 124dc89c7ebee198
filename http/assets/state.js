// state.js keeps the page's state in the URL's query string, so that a
// view can be shared and the browser's back and forward buttons work.

// filterKeys are the query parameters that select records; the API takes
// them as they are.
export const filterKeys = ["type", "method", "country", "actor", "since", "until", "text", "modality", "background", "min_confidence"];

// viewKeys are the parameters that only change how records are shown.
export const viewKeys = ["mode", "sort", "dir", "offset", "by", "event", "incident", "panel"];

// read returns the state in the current URL as a plain object of strings.
export function read() {
  const q = new URLSearchParams(location.search);
  const s = {};
  for (const k of [...filterKeys, ...viewKeys]) {
    const v = q.get(k);
    if (v) s[k] = v;
  }
  if (s.mode !== "incidents") s.mode = "events";
  return s;
}

// write puts state s into the URL: a new history entry when push is true,
// else it replaces the current one.
export function write(s, push) {
  const q = new URLSearchParams();
  for (const k of [...filterKeys, ...viewKeys]) {
    if (s[k] && !(k === "mode" && s[k] === "events")) q.set(k, s[k]);
  }
  const qs = q.toString();
  const url = location.pathname + (qs ? "?" + qs : "");
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

// filters returns the filter part of s as URLSearchParams for the API.
export function filters(s, omit = []) {
  const q = new URLSearchParams();
  for (const k of filterKeys) {
    if (s[k] && !omit.includes(k)) q.set(k, s[k]);
  }
  return q;
}

// filterKey is a string that changes when, and only when, the filters do.
export function filterKey(s) {
  return filters(s).toString() + "|" + s.mode;
}
