// live.js follows the store's changes over server-sent events (GET
// /api/v1/stream): each incident started, or joined by a report, since
// the page was opened. It keeps them for the badge and the panel that
// lists them. Every string from the stream goes into the page as text.

import * as api from "./api.js";
import { el } from "./dom.js";
import { words } from "./labels.js";

const keep = 200; // changes the panel lists, the latest ones

// Live counts the changes not yet looked at and keeps the latest ones.
export class Live {
  // onChange is called after each change, with the live object;
  // onState with "open" when the stream is open, "closed" when it is
  // down (EventSource then tries again).
  constructor(onChange, onState) {
    this.changes = [];
    this.unseen = 0;
    this.onChange = onChange;
    this.onState = onState || (() => {});
    this.source = null;
  }

  // start opens the stream; EventSource reconnects by itself, and sends
  // the last change's id so that none is missed.
  start() {
    if (!window.EventSource) return;
    this.source = new EventSource(api.streamURL());
    this.source.addEventListener("change", (e) => this.add(e.data));
    this.source.addEventListener("open", () => this.onState("open"));
    this.source.addEventListener("error", () => this.onState("closed"));
  }

  // add takes one change as the stream sends it, as JSON text.
  add(data) {
    let c;
    try {
      c = JSON.parse(data);
    } catch {
      return;
    }
    if (!c || typeof c.incident_id !== "string" || typeof c.kind !== "string") return;
    this.changes.push(c);
    if (this.changes.length > keep) this.changes.shift();
    this.unseen++;
    this.onChange(this);
  }

  // seen marks every change as looked at.
  seen() {
    this.unseen = 0;
  }
}

// badgeText is the badge's label for n new records.
export function badgeText(n) {
  return n === 1 ? "1 new record" : `${n} new records`;
}

// liveView lists the changes, newest first; open(mode, id) opens one.
export function liveView(changes, open) {
  if (!changes.length) {
    return el("div", { className: "live" }, el("h2", {}, "New records"),
      el("p", { className: "muted" }, "Nothing new since the page was opened."));
  }
  const items = changes.slice().reverse().map((c) => {
    const what = el("span", { className: "muted" }, "");
    const li = el("li", { "data-incident": c.incident_id },
      el("button", { type: "button", className: "linkish", onclick: () => open("incidents", c.incident_id) },
        c.kind === "new" ? "New incident" : "New report"),
      " ", what);
    describe(c, what);
    return li;
  });
  return el("div", { className: "live" }, el("h2", {}, "New records"),
    el("p", { className: "muted" }, "Stored since the page was opened, newest first."),
    el("ul", { className: "live-list" }, ...items));
}

// describe fills span with what the incident of change c is, once it is
// loaded: its type, place and date.
async function describe(c, span) {
  try {
    const r = await api.incident(c.incident_id);
    const inc = r.incident || r;
    const place = inc.location && (inc.location.name || inc.location.country);
    span.textContent = [words(inc.type || ""), place, inc.date || inc.date_min].filter(Boolean).join(" · ");
  } catch {
    span.textContent = "(no longer stored)";
  }
}
