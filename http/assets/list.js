// list.js shows a page of records as a table that sorts by any column
// (click its header) and pages through the rest.

import { el, clear, bdi } from "./dom.js";
import { colour, words, countryName } from "./labels.js";

// count formats a Count ({count, qualifier}) of an event.
export function count(c) {
  if (!c) return "";
  if (c.count === null || c.count === undefined) return "some";
  const q = { at_least: "≥", more_than: ">", about: "~", up_to: "≤" }[c.qualifier] || "";
  return q + c.count;
}

// range formats a CountRange of an incident: its merged figure (the
// median of the reports), with the spread of the reports when they differ.
export function range(c) {
  if (!c || !c.reports) return "";
  return c.min === c.max ? String(c.best) : `${c.best} (${c.min}–${c.max})`;
}

// place is a place's name with its country.
export function place(p) {
  if (!p) return "";
  const country = p.country && p.precision !== "country" ? ", " + countryName(p.country) : "";
  return (p.name || p.name_ar || "") + country;
}

// actor is an actor's canonical name.
function actor(a) {
  return a ? a.name || a.name_ar || "" : "";
}

// typeCell shows a type with its colour, and the method under it.
function typeCell(r) {
  const dot = el("span", { className: "dot" });
  dot.style.background = colour(r.type);
  return [el("span", { className: "type" }, dot, r.type), r.method ? el("div", { className: "muted" }, words(r.method)) : null];
}

// parties shows who did it, and to whom.
function parties(r) {
  const a = actor(r.actor);
  const t = actor(r.target);
  return [bdi(a || "—"), t ? el("div", { className: "muted" }, "→ ", bdi(t)) : null];
}

// num sorts absent numbers last.
const num = (n) => (n === null || n === undefined || n === "" ? -1 : n);

// columns are the columns of each mode: key, header, sort value, cell.
const columns = {
  events: [
    ["date", "Date", (r) => r.date || r.published || "", (r) => r.date || el("span", { className: "muted" }, (r.published || "").slice(0, 10))],
    ["type", "Type", (r) => r.type + " " + (r.method || ""), typeCell],
    ["place", "Place", (r) => place(r.location), (r) => bdi(place(r.location))],
    ["actor", "Actor → target", (r) => actor(r.actor), parties],
    ["killed", "Killed", (r) => num(r.killed && r.killed.count), (r) => count(r.killed)],
    ["injured", "Inj.", (r) => num(r.injured && r.injured.count), (r) => count(r.injured)],
    ["title", "Report", (r) => r.title || r.doc_id, (r) => [bdi(r.title || r.doc_id, "title"),
      r.source ? el("div", { className: "muted source" }, bdi(r.source)) : null]],
  ],
  incidents: [
    ["date", "Date", (r) => r.date || "", (r) => r.date || ""],
    ["type", "Type", (r) => r.type + " " + (r.method || ""), typeCell],
    ["place", "Place", (r) => place(r.location), (r) => bdi(place(r.location))],
    ["actor", "Actor → target", (r) => actor(r.actor), parties],
    ["killed", "Killed", (r) => num(r.killed && r.killed.best), (r) => range(r.killed)],
    ["injured", "Inj.", (r) => num(r.injured && r.injured.best), (r) => range(r.injured)],
    ["reports", "Reports", (r) => r.reports || 0, (r) => [String(r.reports || 0),
      el("div", { className: "muted source" }, bdi((r.sources || []).join(", ")))]],
  ],
};

// RecordList is the table in a root element. onOpen(mode, id) opens a
// record; onSort(key, dir) and onPage(offset) change the URL state.
export class RecordList {
  constructor(root, { onOpen, onSort, onPage }) {
    this.root = root;
    this.onOpen = onOpen;
    this.onSort = onSort;
    this.onPage = onPage;
  }

  // render shows data ({total, offset, limit, items}) in mode, sorted by
  // the column sort in direction dir ("asc" or "desc").
  render(data, mode, sort, dir) {
    const cols = columns[mode];
    const col = cols.find((c) => c[0] === sort);
    const items = [...data.items];
    if (col) {
      const sign = dir === "asc" ? 1 : -1;
      items.sort((a, b) => {
        const x = col[2](a);
        const y = col[2](b);
        return sign * (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y)));
      });
    }
    const head = el("tr", null, cols.map(([key, label]) => {
      const active = key === sort;
      const next = active && dir === "desc" ? "asc" : "desc";
      return el("th", { scope: "col", "aria-sort": active ? (dir === "asc" ? "ascending" : "descending") : null },
        el("button", { type: "button", "data-sort": key, onclick: () => this.onSort(key, next) },
          label, active ? (dir === "asc" ? " ▲" : " ▼") : ""));
    }));
    const body = el("tbody");
    for (const r of items) {
      const row = el("tr", { tabindex: 0, "data-id": r.id, onclick: () => this.onOpen(mode, r.id),
        onkeydown: (e) => { if (e.key === "Enter") this.onOpen(mode, r.id); } },
        cols.map((c) => el("td", { className: "c-" + c[0], dir: c[0] === "title" ? "auto" : null }, c[3](r))));
      body.append(row);
    }
    const off = data.offset || 0;
    const shown = data.items.length;
    const limit = data.limit || shown;
    const pager = el("div", { className: "pager" },
      el("span", { className: "total" }, data.total ? `${off + 1}–${off + shown} of ${data.total} ${mode}` : `No ${mode} match`),
      el("button", { type: "button", disabled: off <= 0, onclick: () => this.onPage(Math.max(0, off - limit)) }, "‹ Newer"),
      el("button", { type: "button", disabled: off + shown >= data.total, onclick: () => this.onPage(off + limit) }, "Older ›"));
    clear(this.root).append(pager, el("table", { className: "records" }, el("thead", null, head), body));
  }

  // error shows why the records could not be loaded.
  error(err) {
    clear(this.root).append(el("p", { className: "error", role: "alert" }, "Could not load the records: ", err.message));
  }
}
